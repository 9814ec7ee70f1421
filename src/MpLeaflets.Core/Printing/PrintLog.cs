using System.Globalization;
using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Printing;

/// <summary>
/// content/print-log.csv, the register of paper in circulation: what was printed, when, where and
/// how many, with the units each file printed (see <see cref="PrintedUnit"/>). Kept in the project
/// (and in git) because it is a fact about the world, like places.csv. Only ever appended to; the
/// same dialect as every CSV of the project (RFC 4180, LF, UTF-8), rows in the order printed.
/// </summary>
public static class PrintLog
{
    public const string RelativePath = "content/print-log.csv";

    public static readonly IReadOnlyList<string> Header =
        ["print", "printed_on", "pack", "place", "copies", "file", "sha256", "language", "document", "units"];

    public static IReadOnlyList<PrintRecord> Read(string root)
    {
        var path = Path.Combine(root, "content", "print-log.csv");
        if (!File.Exists(path)) { return []; }
        return CanonicalCsv.Read(path, RelativePath, Header).Select(ReadRecord).ToList();
    }

    /// <summary>The register with one more print run; the caller holds the project's write lock.</summary>
    public static void Append(string root, IReadOnlyList<PrintRecord> run)
    {
        var all = Read(root).Concat(run);
        AtomicFile.WriteAllText(Path.Combine(root, "content", "print-log.csv"), CanonicalCsv.Write(Header, all.Select(Fields)));
    }

    public static int NextPrint(IReadOnlyList<PrintRecord> log) => log.Count == 0 ? 1 : log.Max(r => r.Print) + 1;

    private static IReadOnlyList<string> Fields(PrintRecord r) =>
    [
        r.Print.ToString(CultureInfo.InvariantCulture), SignOff.Iso(r.PrintedOn), r.Pack, r.Place,
        r.Copies.ToString(CultureInfo.InvariantCulture), r.File, r.Sha256, r.Language, r.Document, string.Join(' ', r.Units),
    ];

    private static PrintRecord ReadRecord(CsvRecord record)
    {
        var f = record.Fields;
        if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var print) || print < 1)
        {
            throw Bad(record, $"the print number '{f[0]}' is not a whole number from 1 up");
        }
        if (!SignOff.TryParseDate(f[1], out var on)) { throw Bad(record, $"printed_on '{f[1]}' is not a date written YYYY-MM-DD"); }
        if (!int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var copies) || copies < 1)
        {
            throw Bad(record, $"copies '{f[4]}' is not a whole number from 1 up");
        }
        var units = new List<PrintedUnit>();
        foreach (var item in f[9].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            units.Add(PrintedUnit.Parse(item) ?? throw Bad(record, $"'{item}' in the units column is not id:state:text:facts"));
        }
        return new PrintRecord(print, on, f[2], f[3], copies, f[5], f[6], f[7], f[8], units) { Line = record.Line };
    }

    private static ContentException Bad(CsvRecord record, string problem) =>
        new(RelativePath, record.Line, problem, "The register is written by 'mpleaflets printed': restore the row from git rather than editing it by hand");
}

using MpLeaflets.Translations;

namespace MpLeaflets.Cli;

/// <summary>
/// The languages × documents table 'mpleaflets status' prints: per cent of each document's units
/// ready to print (translated or reviewed, not outdated, not in conflict), a column for the
/// language over all documents and one for how much of it a reviewer has signed off, and a last row
/// for every language together. Per cents round down, so 100 means every unit. A document id longer
/// than a column breaks at its last hyphen onto a second header line, so five documents and thirteen
/// languages fit an 80-column terminal.
/// </summary>
internal static class StatusTable
{
    private const int LanguageWidth = 9;
    private const int NarrowestColumn = 4;
    private const int BreakLongerThan = 9;

    public static void Write(CliConsole console, IReadOnlyList<string> documents, IReadOnlyList<DocumentStatus> statuses)
    {
        var o = console.Out;
        var headers = documents.Select(Header).Append((First: "all", Second: "")).Append((First: "reviewed", Second: "")).ToList();
        var widths = headers.Select(h => Math.Max(NarrowestColumn, Math.Max(h.First.Length, h.Second.Length))).ToList();
        string Row(string first, IEnumerable<string> cells) =>
            (first.PadRight(LanguageWidth) + string.Join(" ", cells.Select((c, i) => c.PadLeft(widths[i])))).TrimEnd();

        o.WriteLine("Per cent of units ready to print (translated or reviewed, not outdated):");
        o.WriteLine(console.Bold(Row("language", headers.Select(h => h.First))));
        if (headers.Any(h => h.Second.Length > 0))
        {
            o.WriteLine(console.Bold(Row("", headers.Select(h => h.Second))));
        }
        foreach (var language in statuses.Select(s => s.Language).Distinct())
        {
            var mine = statuses.Where(s => s.Language == language).ToList();
            var line = Row(language, Cells(documents, mine));
            o.WriteLine(mine.All(s => s.IsComplete) ? line : console.Yellow(line));
        }
        if (statuses.Select(s => s.Language).Distinct().Count() > 1)
        {
            o.WriteLine(Row("all", Cells(documents, statuses)));
        }
    }

    private static IEnumerable<string> Cells(IReadOnlyList<string> documents, IReadOnlyList<DocumentStatus> statuses)
    {
        foreach (var document in documents)
        {
            var of = statuses.Where(s => s.Document == document).ToList();
            yield return Percent(of.Sum(s => s.Done), of.Sum(s => s.Total));
        }
        yield return Percent(statuses.Sum(s => s.Done), statuses.Sum(s => s.Total));
        yield return Percent(statuses.Sum(s => s.Reviewed), statuses.Sum(s => s.Total));
    }

    /// <summary>Rounded down: 99.9% of a leaflet is not a leaflet that can be printed.</summary>
    private static string Percent(int part, int whole) => whole == 0 ? "-" : (part * 100 / whole).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (string First, string Second) Header(string id)
    {
        if (id.Length <= BreakLongerThan || !id.Contains('-'))
        {
            return (id, "");
        }
        // At the hyphen that makes the longer half shortest: consent-/mp-action, not consent-mp-/action.
        var cut = Enumerable.Range(1, id.Length - 1).Where(i => id[i - 1] == '-').MinBy(i => Math.Max(i, id.Length - i));
        return (id[..cut], id[cut..]);
    }
}

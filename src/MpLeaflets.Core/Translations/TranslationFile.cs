using MpLeaflets.Csv;
using MpLeaflets.Storage;

namespace MpLeaflets.Translations;

/// <summary>
/// translations/&lt;lang&gt;.csv: columns exactly id,source,translation,state,previous_source,note,
/// rows in document order with obsolete rows at the end. Read strictly (any problem is a
/// <see cref="ContentException"/> and nothing is written); written canonically and atomically.
/// </summary>
public sealed class TranslationFile
{
    public static readonly IReadOnlyList<string> Header = ["id", "source", "translation", "state", "previous_source", "note"];

    public TranslationFile(string languageCode, IReadOnlyList<TranslationRow> rows)
    {
        LanguageCode = languageCode;
        Rows = rows;
    }

    public string LanguageCode { get; }

    public IReadOnlyList<TranslationRow> Rows { get; }

    public IEnumerable<TranslationRow> ActiveRows => Rows.Where(r => r.IsActive);

    public static string RelativePath(string languageCode) => $"translations/{languageCode}.csv";

    public static TranslationFile Read(string path, string languageCode, string? displayName = null)
    {
        displayName ??= RelativePath(languageCode);
        if (!File.Exists(path))
        {
            throw new ContentException(displayName, 0, "the translation file does not exist",
                $"Run 'mpleaflets sync' to create it, or 'mpleaflets add-language {languageCode} …' for a new language");
        }
        return Parse(StrictText.ReadUtf8(path, displayName), languageCode, displayName);
    }

    public static TranslationFile Parse(string text, string languageCode, string displayName)
    {
        var rows = new List<TranslationRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in CanonicalCsv.Parse(text, displayName, Header))
        {
            var f = record.Fields;
            if (string.IsNullOrWhiteSpace(f[0]))
            {
                throw new ContentException(displayName, record.Line, "the id column is empty",
                    "Every row needs the unit id it had when exported; restore it from git or run 'mpleaflets sync'");
            }
            if (!TranslationStates.TryParse(f[3], out var state))
            {
                throw new ContentException(displayName, record.Line, $"unknown state '{f[3]}' for unit {f[0]}",
                    $"Use one of: {TranslationStates.AllNames}; the file was not changed");
            }
            if (seen.TryGetValue(f[0], out var firstLine))
            {
                throw new ContentException(displayName, record.Line, $"the unit id {f[0]} appears twice (first on line {firstLine})",
                    "Keep one of the two rows and delete the other; the file was not changed");
            }
            seen[f[0]] = record.Line;
            rows.Add(new TranslationRow(f[0], f[1], f[2], state, f[4], f[5], record.Line));
        }
        return new TranslationFile(languageCode, rows);
    }

    public string ToCsv() => CanonicalCsv.Write(Header,
        Rows.Select(r => (IReadOnlyList<string>)[r.Id, r.Source, r.Translation, r.State.ToCsv(), r.PreviousSource, r.Note]));

    public void Write(string path) => AtomicFile.WriteAllText(path, ToCsv());

    public TranslationFile WithRows(IReadOnlyList<TranslationRow> rows) => new(LanguageCode, rows);
}

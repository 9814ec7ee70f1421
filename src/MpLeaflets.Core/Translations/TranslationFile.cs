using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations.Merging;

namespace MpLeaflets.Translations;

/// <summary>
/// translations/&lt;lang&gt;.csv: columns exactly id,source,translation,state,previous_source,note,
/// reviewer,reviewed_on,conflict, rows in document order with obsolete rows at the end. Read
/// strictly (any problem is a <see cref="ContentException"/> and nothing is written); written
/// canonically and atomically. A file from before the sign-off columns (<see cref="LegacyHeader"/>)
/// is read as it is and written back in its own columns (so an editor's save changes only the rows
/// edited), until 'mpleaflets sync' migrates it or a row needs the new columns (a sign-off, a conflict).
/// A unit a merge left in conflict is two adjacent rows with the same id, conflict 'ours' then
/// 'theirs' (see <see cref="ConflictRows"/>).
/// </summary>
public sealed class TranslationFile
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "source", "translation", "state", "previous_source", "note", "reviewer", "reviewed_on", "conflict"];

    /// <summary>The header before reviewers were recorded: still read, never written.</summary>
    public static readonly IReadOnlyList<string> LegacyHeader = ["id", "source", "translation", "state", "previous_source", "note"];

    /// <param name="legacyColumns">The file was read with <see cref="LegacyHeader"/> and is written back so while it can be.</param>
    public TranslationFile(string languageCode, IReadOnlyList<TranslationRow> rows, bool legacyColumns = false)
    {
        LanguageCode = languageCode;
        Rows = rows;
        LegacyColumns = legacyColumns;
    }

    public bool LegacyColumns { get; }

    public string LanguageCode { get; }

    /// <summary>One row per unit (a unit in conflict carries the other version in <see cref="TranslationRow.Theirs"/>).</summary>
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
        GitMarkers.Refuse(text, displayName);
        var (records, header) = CanonicalCsv.Parse(text, displayName, [Header, LegacyHeader]);
        var read = records.Select(r => ReadRow(r, displayName)).ToList();
        var rows = new List<TranslationRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < read.Count; i++)
        {
            var row = read[i].Row;
            if (read[i].Conflict == ConflictRows.Ours || read[i].Conflict == ConflictRows.Theirs)
            {
                row = ConflictRows.Pair(read, i, displayName);
                i++;
            }
            if (seen.TryGetValue(row.Id, out var firstLine))
            {
                throw new ContentException(displayName, row.Line, $"the unit id {row.Id} appears twice (first on line {firstLine})",
                    "Keep one of the two rows and delete the other; the file was not changed");
            }
            seen[row.Id] = row.Line;
            rows.Add(row);
        }
        return new TranslationFile(languageCode, rows, legacyColumns: header == 1);
    }

    private static (TranslationRow Row, string Conflict) ReadRow(CsvRecord record, string displayName)
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
        var legacy = f.Count == LegacyHeader.Count;
        var review = legacy ? null : SignOffColumns.Read(f[0], f[6], f[7], record.Line, displayName);
        var conflict = legacy ? "" : ConflictRows.ReadMarker(f[0], f[8], record.Line, displayName);
        return (new TranslationRow(f[0], f[1], f[2], state, f[4], f[5], record.Line) { Review = review }, conflict);
    }

    public string ToCsv()
    {
        if (LegacyColumns && Rows.All(r => r.Review is null && r.Theirs is null))
        {
            return CanonicalCsv.Write(LegacyHeader, Rows.Select(r => Fields(r, "").Take(LegacyHeader.Count).ToList()));
        }
        return CanonicalCsv.Write(Header, Rows.SelectMany(r => r.Theirs is { } theirs
            // Their version is of the same unit, whatever id it had on its branch (a sync may have renamed ours since).
            ? [Fields(r, ConflictRows.Ours), Fields(theirs with { Id = r.Id }, ConflictRows.Theirs)]
            : new[] { Fields(r, "") }));
    }

    private static IReadOnlyList<string> Fields(TranslationRow r, string conflict) =>
        [r.Id, r.Source, r.Translation, r.State.ToCsv(), r.PreviousSource, r.Note, r.Review?.Reviewer ?? "", r.Review?.Date ?? "", conflict];

    public void Write(string path) => AtomicFile.WriteAllText(path, ToCsv());

    public TranslationFile WithRows(IReadOnlyList<TranslationRow> rows) => new(LanguageCode, rows, LegacyColumns);

    /// <summary>The same rows in the current columns (what 'mpleaflets sync' writes).</summary>
    public TranslationFile Migrated() => new(LanguageCode, Rows);
}

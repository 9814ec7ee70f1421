using System.Text;
using MpLeaflets.Csv;
using MpLeaflets.Storage;

namespace MpLeaflets.Handoff;

/// <summary>
/// The CSV copy for spreadsheets (Excel, LibreOffice, Google Sheets). Written as UTF-8 with a BOM
/// (without it Excel assumes a legacy code page), CRLF line ends and every field quoted (RFC 4180
/// §2.5–2.7), with formulas escaped. Read back leniently in what spreadsheets change (BOM or not,
/// CRLF or LF, the escape kept or dropped) and strictly in everything else.
/// </summary>
public static class SpreadsheetCsv
{
    public static readonly IReadOnlyList<string> Header = ["id", "english", "translation", "state", "previous_english", "note", "english_hash", "reviewer", "reviewed_on", "translation_hash"];

    /// <summary>Files exported before sign-offs were recorded: still imported.</summary>
    private static readonly IReadOnlyList<string> BeforeSignOffs = Header.Take(7).ToList();

    /// <summary>Files exported before the translation they started from was recorded: still imported.</summary>
    private static readonly IReadOnlyList<string> BeforeTranslationHash = Header.Take(9).ToList();

    public static byte[] Write(IEnumerable<HandoffRow> rows)
    {
        var text = new StringBuilder();
        AppendRecord(text, Header);
        foreach (var row in rows)
        {
            AppendRecord(text, [row.Id, row.English, row.Translation, row.State ?? "", row.PreviousEnglish, row.Note, row.EnglishHash ?? "", row.Reviewer ?? "", row.ReviewedOn ?? "", row.TranslationHash ?? ""]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. AtomicFile.Utf8NoBom.GetBytes(text.ToString())];
    }

    public static IReadOnlyList<HandoffRow> Parse(string text, string displayName)
    {
        text = text.TrimStart('\uFEFF');
        CheckDelimiter(text, displayName);
        var first = text.Split('\n', 2)[0].TrimEnd('\r');
        if (first == string.Join(",", Translations.TranslationFile.Header) || first == string.Join(",", Translations.TranslationFile.LegacyHeader))
        {
            throw new ContentException(displayName, 1, "this is one of the project's own translation files, not a file made by 'mpleaflets export'",
                "Export the language with 'mpleaflets export --lang CODE --format csv --out FILE', edit that file and import it; nothing was imported");
        }
        var rows = new List<HandoffRow>();
        foreach (var record in CanonicalCsv.Parse(text, displayName, [Header, BeforeTranslationHash, BeforeSignOffs]).Records)
        {
            var f = record.Fields.Select(Cell).ToList();
            rows.Add(new HandoffRow(f[0].Trim(), f[1], f[2], f[3].Trim(), false, f[4], f[5], f[6].Trim(), record.Line)
            {
                Reviewer = f.Count > 7 ? f[7].Trim() : null,
                ReviewedOn = f.Count > 8 ? f[8].Trim() : null,
                TranslationHash = f.Count > 9 && f[9].Trim().Length > 0 ? f[9].Trim() : null,
            });
        }
        return rows;
    }

    /// <summary>Undoes what this copy added or a spreadsheet changed: the formula escape, and CRLF
    /// inside a cell (unit text only ever has LF).</summary>
    private static string Cell(string field) => FormulaEscape.Remove(field).Replace("\r\n", "\n");

    private static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) { text.Append(','); }
            text.Append('"').Append(FormulaEscape.Apply(fields[i]).Replace("\"", "\"\"")).Append('"');
        }
        text.Append("\r\n");
    }

    /// <summary>Excel in many European locales saves "CSV" with semicolons, and its "Unicode Text" and
    /// Google Sheets' "TSV" are tab-separated; say so plainly instead of reporting a wrong header.</summary>
    private static void CheckDelimiter(string text, string displayName)
    {
        var firstLine = text.Split('\n', 2)[0];
        foreach (var (delimiter, name) in new[] { ('\t', "tabs (a tab-separated or 'Unicode Text' file)"), (';', "';'") })
        {
            if (!firstLine.Contains(',') && firstLine.Contains(delimiter))
            {
                throw new ContentException(displayName, 1, $"the columns are separated by {name}, not by commas",
                    "Save the sheet as 'CSV UTF-8 (comma delimited)', or in LibreOffice choose ',' as the field delimiter; nothing was imported");
            }
        }
    }
}

using System.Globalization;
using System.Text;
using MpLeaflets.Content;

namespace MpLeaflets.Handoff;

/// <summary>
/// Writes the gettext PO copy for PO editors (Poedit, Weblate, Lokalize): the unit id in msgctxt,
/// the English in msgid, the note as an extracted comment (#.), and for an outdated unit the fuzzy
/// flag with the English the translation was made from as #| msgid, so editors show the change.
/// Dates come from the content version, so exporting the same content twice gives the same bytes.
/// Read back by <see cref="PoReader"/>.
/// </summary>
public static class PoFile
{
    public static string Write(Language language, DateOnly contentVersion, IEnumerable<HandoffRow> rows)
    {
        var date = contentVersion.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00+0000";
        var po = new StringBuilder();
        po.Append($"# MP Leaflets: {language.EnglishName} ({language.Code}) translation of the English guides.\n");
        po.Append("# Translate msgstr only. Bring it back with: mpleaflets import FILE\n");
        po.Append("msgid \"\"\nmsgstr \"\"\n");
        string[] header =
        [
            $"Project-Id-Version: MP Leaflets {contentVersion:yyyy-MM-dd}",
            $"POT-Creation-Date: {date}",
            $"PO-Revision-Date: {date}",
            "Last-Translator: ",
            $"Language-Team: {language.EnglishName}",
            $"Language: {language.Code}",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "X-Generator: mpleaflets export",
        ];
        foreach (var field in header)
        {
            po.Append('"').Append(PoString.Escape(field + "\n")).Append("\"\n");
        }
        foreach (var row in rows)
        {
            po.Append('\n');
            AppendEntry(po, row);
        }
        return po.ToString();
    }

    /// <summary>The start of the #. line that carries <see cref="HandoffRow.TranslationHash"/>.</summary>
    public const string TranslationHashComment = "mpleaflets translation_hash ";

    private static void AppendEntry(StringBuilder po, HandoffRow row)
    {
        // One #. line per note line: a comment cannot hold a line break.
        foreach (var line in row.Note.Split('\n').Where(l => l.Length > 0))
        {
            po.Append("#. ").Append(line.TrimEnd('\r')).Append('\n');
        }
        // An extracted comment, which PO editors keep as it is: the translation this file started from.
        if (row.TranslationHash is { } started)
        {
            po.Append("#. ").Append(PoFile.TranslationHashComment).Append(started).Append('\n');
        }
        if (row.Fuzzy)
        {
            po.Append("#, fuzzy\n");
            if (row.PreviousEnglish.Length > 0)
            {
                AppendLines(po, "#| ", "msgid", row.PreviousEnglish);
            }
        }
        AppendLines(po, "", "msgctxt", row.Id);
        AppendLines(po, "", "msgid", row.English);
        AppendLines(po, "", "msgstr", row.Translation);
    }

    private static void AppendLines(StringBuilder po, string prefix, string keyword, string text)
    {
        foreach (var line in PoString.Lines(prefix, keyword, text))
        {
            po.Append(line).Append('\n');
        }
    }
}

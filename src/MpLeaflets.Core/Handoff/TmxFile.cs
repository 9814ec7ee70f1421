using System.Globalization;
using System.Xml;
using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Handoff;

/// <summary>
/// The project's translation memory as TMX 1.4b (the LISA/GALA exchange format OmegaT, memoQ and
/// Trados read), for volunteers who translate in those tools. One &lt;tu&gt; per unit, tuid = the
/// unit id; a &lt;tuv&gt; for the English (the header's srclang) and one per language whose translation
/// is done for the current English (translated or reviewed: an outdated translation was made from
/// other English, and a unit that fails 'check' is no memory worth having). A sign-off becomes the
/// tuv's changeid and changedate (TMX 1.4b §3.2: YYYYMMDDThhmmssZ), the state a prop. The same
/// content gives the same bytes (no dates but the reviewers').
/// </summary>
public static class TmxFile
{
    public static byte[] Write(IReadOnlyList<(Language Language, TranslationFile File)> languages, ExportFilter filter)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = AtomicFile.Utf8NoBom, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("tmx");
            xml.WriteAttributeString("version", "1.4");
            xml.WriteStartElement("header");
            // §3.1: every one of these attributes is required.
            xml.WriteAttributeString("creationtool", "MP Leaflets");
            xml.WriteAttributeString("creationtoolversion", "1");
            xml.WriteAttributeString("segtype", "paragraph");
            xml.WriteAttributeString("o-tmf", "mpleaflets-csv");
            xml.WriteAttributeString("adminlang", EnglishLanguage.Code);
            xml.WriteAttributeString("srclang", EnglishLanguage.Code);
            xml.WriteAttributeString("datatype", "plaintext");
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var unit in Units(languages, filter))
            {
                WriteUnit(xml, unit.English, unit.Translations);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>How many units a file of these languages holds (each with at least one translation).</summary>
    public static int Count(IReadOnlyList<(Language Language, TranslationFile File)> languages, ExportFilter filter) => Units(languages, filter).Count();

    private static IEnumerable<(TranslationRow English, List<(Language Language, TranslationRow Row)> Translations)> Units(
        IReadOnlyList<(Language Language, TranslationFile File)> languages, ExportFilter filter)
    {
        var order = new List<string>();
        var byId = new Dictionary<string, (TranslationRow English, List<(Language, TranslationRow)> Translations)>(StringComparer.Ordinal);
        foreach (var (language, file) in languages)
        {
            foreach (var row in file.ActiveRows.Where(r => IsMemory(r, language, filter)))
            {
                if (!byId.TryGetValue(row.Id, out var unit))
                {
                    unit = (row, []);
                    byId[row.Id] = unit;
                    order.Add(row.Id);
                }
                // Only translations of the same English share a unit (a file not synced may hold older English).
                if (unit.English.Source == row.Source) { unit.Translations.Add((language, row)); }
            }
        }
        return order.Select(id => byId[id]);
    }

    private static bool IsMemory(TranslationRow row, Language language, ExportFilter filter) =>
        row.State is TranslationState.Translated or TranslationState.Reviewed && !row.InConflict && row.Translation.Trim().Length > 0
        && (filter.States is null || filter.States.Contains(row.State))
        && (filter.Documents is null || filter.Documents.Contains(row.DocumentId))
        && TranslationChecker.Errors(row, language).Count == 0;

    private static void WriteUnit(XmlWriter xml, TranslationRow english, List<(Language Language, TranslationRow Row)> translations)
    {
        xml.WriteStartElement("tu");
        xml.WriteAttributeString("tuid", english.Id);
        if (english.Note.Length > 0) { xml.WriteElementString("note", english.Note); }
        WriteVariant(xml, EnglishLanguage.Code, english.Source, null, null);
        foreach (var (language, row) in translations)
        {
            WriteVariant(xml, language.Code, row.Translation, row.State.ToCsv(), row.Review);
        }
        xml.WriteEndElement();
    }

    private static void WriteVariant(XmlWriter xml, string code, string text, string? state, SignOff? review)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", "http://www.w3.org/XML/1998/namespace", code);
        if (review is not null)
        {
            xml.WriteAttributeString("changeid", review.Reviewer);
            xml.WriteAttributeString("changedate", review.On.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z");
        }
        if (state is not null)
        {
            xml.WriteStartElement("prop");
            xml.WriteAttributeString("type", "x-state");
            xml.WriteString(state);
            xml.WriteEndElement();
        }
        xml.WriteElementString("seg", text);
        xml.WriteEndElement();
    }
}

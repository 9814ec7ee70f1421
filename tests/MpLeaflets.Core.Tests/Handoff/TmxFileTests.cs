using System.Xml.Linq;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Handoff;

/// <summary>The translation memory as TMX 1.4b, for OmegaT and memoQ.</summary>
public sealed class TmxFileTests
{
    private static readonly XNamespace Xml = "http://www.w3.org/XML/1998/namespace";
    private static readonly Language Arabic = new("ar", "Arabic", "العربية", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arab");
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");

    private static readonly TranslationFile Fr = new("fr",
    [
        new("doc.a", "Call 020 7219 3000 & ask for help (1 < 2).", "Appelez le 020 7219 3000 & demandez de l'aide (1 < 2).", TranslationState.Reviewed, "", "Keep the number")
            { Review = new SignOff("Amina Hassan", new DateOnly(2026, 3, 2)) },
        new("doc.b", "Bring every letter.", "Apportez chaque lettre.", TranslationState.Translated, "", ""),
        new("doc.c", "Be patient.", "", TranslationState.Untranslated, "", ""),
        new("doc.d", "Replies take weeks.", "Les réponses prennent des jours.", TranslationState.Outdated, "Replies take days.", ""),
        new("doc.e", "Write 5 lines.", "Écrivez 6 lignes.", TranslationState.Translated, "", ""),
        new("doc.f", "Gone.", "Parti.", TranslationState.Obsolete, "", ""),
    ]);

    private static readonly TranslationFile Ar = new("ar",
    [
        new("doc.b", "Bring every letter.", "أحضر كل رسالة.", TranslationState.Translated, "", ""),
        new("doc.g", "Only in Arabic.", "فقط بالعربية.", TranslationState.Translated, "", ""),
    ]);

    private static XDocument Parse(byte[] bytes) => XDocument.Parse(AtomicFileText(bytes));

    private static string AtomicFileText(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    [Fact]
    public void One_language_parses_as_XML_with_one_tu_per_unit_done_for_the_current_English()
    {
        var tmx = Parse(TmxFile.Write([(French, Fr)], new ExportFilter()));

        var header = tmx.Root!.Element("header")!;
        Assert.Equal(("1.4", "en", "plaintext"), ((string)tmx.Root.Attribute("version")!, (string)header.Attribute("srclang")!, (string)header.Attribute("datatype")!));
        var units = tmx.Descendants("tu").ToList();
        Assert.Equal(["doc.a", "doc.b"], units.Select(u => (string)u.Attribute("tuid")!));
        var first = units[0].Elements("tuv").ToList();
        Assert.Equal(["en", "fr"], first.Select(t => (string)t.Attribute(Xml + "lang")!));
        Assert.Equal(["Call 020 7219 3000 & ask for help (1 < 2).", "Appelez le 020 7219 3000 & demandez de l'aide (1 < 2)."], first.Select(t => t.Element("seg")!.Value));
        Assert.Equal(("Amina Hassan", "20260302T000000Z", "reviewed"), ((string)first[1].Attribute("changeid")!, (string)first[1].Attribute("changedate")!, first[1].Element("prop")!.Value));
        Assert.Equal("Keep the number", units[0].Element("note")!.Value);
    }

    [Fact]
    public void All_languages_share_one_tu_per_unit_with_a_tuv_for_each_language_that_has_it()
    {
        var tmx = Parse(TmxFile.Write([(French, Fr), (Arabic, Ar)], new ExportFilter()));

        var units = tmx.Descendants("tu").ToDictionary(u => (string)u.Attribute("tuid")!, u => u.Elements("tuv").Select(t => (string)t.Attribute(Xml + "lang")!).ToList());
        Assert.Equal(3, units.Count);
        Assert.Equal(["en", "fr", "ar"], units["doc.b"]);
        Assert.Equal(["en", "ar"], units["doc.g"]);
    }

    [Fact]
    public void Only_reviewed_units_with_state_reviewed_and_the_same_content_gives_the_same_bytes()
    {
        var reviewed = TmxFile.Write([(French, Fr)], new ExportFilter(new HashSet<TranslationState> { TranslationState.Reviewed }));

        Assert.Equal(["doc.a"], Parse(reviewed).Descendants("tu").Select(u => (string)u.Attribute("tuid")!));
        Assert.Equal(reviewed, TmxFile.Write([(French, Fr)], new ExportFilter(new HashSet<TranslationState> { TranslationState.Reviewed })));
    }
}

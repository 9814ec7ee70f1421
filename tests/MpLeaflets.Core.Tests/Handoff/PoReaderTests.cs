using MpLeaflets.Handoff;

namespace MpLeaflets.Tests.Handoff;

public sealed class PoReaderTests
{
    /// <summary>What Poedit writes back: its own header order and fields, CRLF, strings re-wrapped
    /// differently, fuzzy taken off an edited entry, a translator comment, an obsolete entry.</summary>
    private const string SavedByPoedit = """
        # MP Leaflets: French (fr) translation of the English guides.
        msgid ""
        msgstr ""
        "Project-Id-Version: MP Leaflets 2026-11-27\n"
        "POT-Creation-Date: 2026-11-27 00:00+0000\n"
        "PO-Revision-Date: 2026-12-01 10:12+0100\n"
        "Last-Translator: Amina <amina@example.org>\n"
        "Language-Team: French\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "Language: fr\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"
        "X-Generator: Poedit 3.4\n"

        # Checked with the coordinator.
        #. Document title
        msgctxt "leaflet.title"
        msgid "Your MP and your legal case"
        msgstr "Votre député et votre dossier"

        #. Keep the numbers.
        msgctxt "leaflet.aim"
        msgid ""
        "The Home Office aims to answer "
        "within 20 working days."
        msgstr ""
        "Le ministère vise une réponse sous 20 "
        "jours ouvrables."

        #, fuzzy, no-c-format
        #| msgid "Old English"
        msgctxt "leaflet.draft"
        msgid "A \"quoted\" word\\n"
        msgstr "Un mot \"cité\"\\n"

        #, fuzzy
        #~ msgctxt "leaflet.gone"
        #~ msgid "Removed"
        #~ msgstr "Supprimé"

        msgctxt "leaflet.last"
        msgid "Last"
        msgstr ""
        """;

    [Fact]
    public void A_file_saved_by_Poedit_reads_with_its_language_rewrapped_strings_and_flags()
    {
        var document = PoReader.Parse(SavedByPoedit.ReplaceLineEndings("\r\n"), "fr.po");

        Assert.Equal("fr", document.Language);
        Assert.Equal(["leaflet.title", "leaflet.aim", "leaflet.draft", "leaflet.last"], document.Rows.Select(r => r.Id));
        var aim = document.Rows[1];
        Assert.Equal(("The Home Office aims to answer within 20 working days.", "Le ministère vise une réponse sous 20 jours ouvrables.", false),
            (aim.English, aim.Translation, aim.Fuzzy));
        Assert.Equal("Keep the numbers.", aim.Note);
        var draft = document.Rows[2];
        Assert.Equal(("A \"quoted\" word\\n", "Un mot \"cité\"\\n", true, "Old English"), (draft.English, draft.Translation, draft.Fuzzy, draft.PreviousEnglish));
        Assert.False(document.Rows[3].Fuzzy);
    }

    [Fact]
    public void Lines_are_counted_so_messages_can_name_the_entry()
    {
        var document = PoReader.Parse(SavedByPoedit, "fr.po");

        // Each entry starts at its first comment line.
        Assert.Equal([16, 22, 31, 42], document.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_line_that_is_not_PO_is_refused_naming_file_and_line()
    {
        var e = Assert.Throws<ContentException>(() => PoReader.Parse("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"b\"\nmsgstr \"c\nmore\"\n", "fr.po"));

        Assert.StartsWith("fr.po:6:", e.Message);
    }

    [Fact]
    public void A_file_in_another_charset_is_refused()
    {
        var e = Assert.Throws<ContentException>(() => PoReader.Parse("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n", "fr.po"));

        Assert.Contains("ISO-8859-1", e.Message);
    }
}

using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Content;

/// <summary>Bad input a careless user gives: one clear message, with a line only where there is one.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_unclosed_bracket_in_front_matter_names_its_line_not_an_internal_state()
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Parse("---\nid: doc\nkind: [leaflet\ntitle: T\nversion: 2026-01-01\n---\n", "content/documents/doc.md"));

        Assert.Equal(3, e.Line);
        Assert.Contains("never closed", e.Message);
        Assert.DoesNotContain("Operation is not valid", e.Message);
    }

    [Fact]
    public void A_value_with_a_colon_in_front_matter_says_to_quote_it()
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Parse("---\nid: doc\nkind: leaflet\ntitle: Your MP: a guide\nversion: 2026-01-01\n---\n", "d.md"));

        Assert.Equal(4, e.Line);
        Assert.Contains("double quotes", e.Message);
    }

    [Fact]
    public void English_as_a_row_of_languages_csv_is_refused_with_its_line()
    {
        File.AppendAllText(_project.PathOf("content/languages.csv"), "en,English,English,ltr,Latn,Noto Sans,latn,,,\n");

        var e = Assert.Throws<ContentException>(() => ContentProject.Load(_project.Root));

        Assert.Equal(("content/languages.csv", 15), (e.File, e.Line));
        Assert.Contains("is English, the source language", e.Message);
    }

    [Fact]
    public void A_language_code_that_differs_only_in_case_from_another_is_refused()
    {
        File.AppendAllText(_project.PathOf("content/languages.csv"), "zh-hans,Chinese,中文,ltr,Hans,Noto Sans SC,latn,,,\n");

        Assert.Contains("listed twice", Assert.Throws<ContentException>(() => ContentProject.Load(_project.Root)).Message);
    }

    [Theory]
    [InlineData("../../etc/evil")]
    [InlineData("packs/../../x")]
    [InlineData(".hidden")]
    [InlineData("Big-Pack")]
    public void A_pack_id_that_is_not_path_safe_is_refused(string id)
    {
        var yaml = _project.Read("content/packs.yaml").Replace("id: community-south-asia", $"id: \"{id}\"", StringComparison.Ordinal);
        File.WriteAllText(_project.PathOf("content/packs.yaml"), yaml);

        var e = Assert.Throws<ContentException>(() => ContentProject.Load(_project.Root));

        Assert.Equal("content/packs.yaml", e.File);
        Assert.Contains($"the pack id '{id}' cannot be used", e.Message);
    }

    [Fact]
    public void A_place_id_that_is_not_path_safe_is_refused()
    {
        var places = _project.Read("content/places.csv").Replace("\ndungavel,", "\n../dungavel,", StringComparison.Ordinal);
        File.WriteAllText(_project.PathOf("content/places.csv"), places);

        var e = Assert.Throws<ContentException>(() => ContentProject.Load(_project.Root));

        Assert.Equal(("content/places.csv", 7), (e.File, e.Line));
    }

    [Fact]
    public void A_translation_file_saved_as_utf16_says_so_and_how_to_save_it()
    {
        var path = _project.PathOf("translations/fr.csv");
        File.WriteAllText(path, File.ReadAllText(path), Encoding.Unicode);

        var e = Assert.Throws<ContentException>(() => TranslationFile.Read(path, "fr"));

        Assert.Equal(0, e.Line);
        Assert.Contains("UTF-16", e.Message);
        Assert.Contains("CSV UTF-8", e.Message);
    }

    [Fact]
    public void A_tab_separated_file_says_so_both_as_a_translation_file_and_as_a_hand_off_file()
    {
        var tsv = "id\tsource\ttranslation\tstate\tprevious_source\tnote\nleaflet.1\tA\tB\ttranslated\t\t\n";

        var own = Assert.Throws<ContentException>(() => TranslationFile.Parse(tsv, "fr", "translations/fr.csv"));
        var handoff = Assert.Throws<ContentException>(() => HandoffFile.Parse(tsv.Replace("source", "english", StringComparison.Ordinal), "fr.csv"));

        Assert.Contains("separated by tabs", own.Message);
        Assert.Contains("separated by tabs", handoff.Message);
        Assert.Contains("CSV UTF-8", handoff.Message);
    }

    [Fact]
    public void A_utf16_hand_off_file_from_excel_is_named_as_such()
    {
        var path = _project.PathOf("fr-unicode.txt");
        File.WriteAllText(path, "id\tenglish\ttranslation\n", Encoding.Unicode);

        Assert.Contains("UTF-16", Assert.Throws<ContentException>(() => HandoffFile.Read(path, "fr-unicode.txt")).Message);
    }

    [Fact]
    public void A_message_about_an_option_names_no_file_and_no_line()
    {
        Assert.Equal("--doc: there is no document 'x'. Documents: a", ContentException.Usage("--doc: there is no document 'x'", "Documents: a").Message);
        Assert.Equal("translations/fr.csv: the file does not exist. Run sync", new ContentException("translations/fr.csv", 0, "the file does not exist", "Run sync").Message);
    }
}

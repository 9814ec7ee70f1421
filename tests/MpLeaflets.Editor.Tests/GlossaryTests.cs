using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

public sealed class GlossaryTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string WriteGlossary(string text)
    {
        var path = Path.Combine(_fixture.Root, "glossary-fr.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private EditorSession Open(string glossaryPath) =>
        new([new LanguageBuffer(EditorFixture.French, _fixture.PathOf("fr"), glossaryPath)]);

    [Fact]
    public void Terms_are_found_as_whole_words_ignoring_case_longest_first()
    {
        var glossary = new Glossary([new("MP", "député", ""), new("Home Office", "ministère de l'Intérieur", ""), new("office", "bureau", "")]);
        Assert.Equal(["Home Office", "office"], glossary.FoundIn("Bring your home office letters.").Select(t => t.English));
        Assert.Equal(["MP"], glossary.FoundIn("Call your MP.").Select(t => t.English));
        Assert.Empty(glossary.FoundIn("MPs and AMPs"));
    }

    [Fact]
    public void The_editor_shows_the_agreed_translation_of_the_terms_in_the_English()
    {
        var session = Open(WriteGlossary("english,translation,note\nHome Office,ministère de l'Intérieur,\nMP,député,\n"));
        using var ui = new Headless(session);
        ui.Press(Key.F5);
        ui.Press(Key.F5);
        Assert.Equal("checklist.bring", session.CurrentRow!.Id);
        Assert.Contains("Terms: Home Office = ministère de l'Intérieur", ui.Screen);
    }

    [Fact]
    public void A_glossary_that_cannot_be_read_is_reported_and_the_language_still_opens()
    {
        var session = Open(WriteGlossary("english,translation\nMP,député\n"));
        Assert.True(session.Current!.IsOpen);
        Assert.StartsWith("content/glossary/fr.csv:", session.Current.GlossaryError);
        Assert.Empty(session.CurrentTerms);
    }

    [Fact]
    public void A_language_without_a_glossary_has_no_terms()
    {
        var session = Open(Path.Combine(_fixture.Root, "none.csv"));
        Assert.Null(session.Current!.GlossaryError);
        Assert.Empty(session.CurrentTerms);
    }
}

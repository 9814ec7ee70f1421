using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

public sealed class TranslationMemoryTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private EditorSession German() => German(_fixture.Root);

    /// <summary>A German file with units the memory can match (100%, 78%) and one with a wrong number.</summary>
    internal static EditorSession German(string root)
    {
        var path = Path.Combine(root, "translations", "de.csv");
        new TranslationFile("de", [
            new("leaflet.a", "Bring every letter from the Home Office.", "Bringen Sie jeden Brief vom Home Office mit.", TranslationState.Translated, "", ""),
            new("leaflet.b", "Call your MP on 020 7219 3000.", "Rufen Sie Ihren Abgeordneten unter 020 7219 3000 an.", TranslationState.Reviewed, "", ""),
            new("checklist.a", "Bring every letter from the Home Office.", "", TranslationState.Untranslated, "", ""),
            new("checklist.b", "Bring every letter from the Home Office, in date order.", "", TranslationState.Untranslated, "", ""),
            new("checklist.c", "Something else entirely.", "", TranslationState.Untranslated, "", ""),
            new("checklist.d", "Call your MP on 020 7219 0000.", "Rufen Sie an: 020 7219 3000.", TranslationState.Translated, "", ""),
        ]).Write(path);
        var german = new Content.Language("de", "German", "Deutsch", MpLeaflets.Text.TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");
        return new EditorSession([new LanguageBuffer(german, path)]);
    }

    [Fact]
    public void The_same_English_already_translated_is_suggested_at_100_percent()
    {
        var session = German();
        session.MoveTo(2);
        var suggestion = session.CurrentSuggestion!;
        Assert.Equal(100, suggestion.Percent);
        Assert.Equal("leaflet.a", suggestion.Id);
    }

    [Fact]
    public void Similar_English_is_suggested_with_the_share_of_words_and_unrelated_English_is_not()
    {
        var session = German();
        session.MoveTo(3);
        var suggestion = session.CurrentSuggestion!;
        Assert.InRange(suggestion.Percent, 60, 99);
        Assert.Equal("Bringen Sie jeden Brief vom Home Office mit.", suggestion.Translation);
        session.MoveTo(4);
        Assert.Null(session.CurrentSuggestion);
    }

    [Fact]
    public void Taking_a_suggestion_fills_an_empty_translation_as_outdated_and_never_replaces_typed_text()
    {
        var session = German();
        session.MoveTo(2);
        Assert.Null(session.TakeSuggestion());
        Assert.Equal("Bringen Sie jeden Brief vom Home Office mit.", session.CurrentRow!.Translation);
        // A memory match is never done by itself: outdated (PO's fuzzy) until checked with F2.
        Assert.Equal(TranslationState.Outdated, session.CurrentRow.State);
        session.MoveTo(3);
        session.SetTranslation("Meine eigene Arbeit");
        Assert.NotNull(session.TakeSuggestion());
        Assert.Equal("Meine eigene Arbeit", session.CurrentRow!.Translation);
    }

    [Fact]
    public void Jumping_to_errors_finds_the_units_the_checks_reject()
    {
        var session = German();
        Assert.True(session.JumpToError(forward: true));
        Assert.Equal("checklist.d", session.CurrentRow!.Id);
        Assert.True(session.JumpToError(forward: false));
        Assert.Equal("checklist.d", session.CurrentRow!.Id);
    }

    [Fact]
    public void The_editor_shows_the_suggestion_and_Ctrl_G_takes_it_and_F12_goes_to_the_error()
    {
        using var ui = new Headless(German());
        ui.Press(Key.F5);
        Assert.Contains("Memory   100% Bringen Sie jeden Brief vom Home Office mit.", ui.Screen);
        ui.Press(Key.G.WithCtrl);
        Assert.Equal("Bringen Sie jeden Brief vom Home Office mit.", ui.Window.Edit.Translation.Value);
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow!.State);
        Assert.Contains("OUTDATED: check it, then F2", ui.Screen);
        ui.Press(Key.F12);
        Assert.Equal("checklist.d", ui.Session.CurrentRow!.Id);
        Assert.Contains("ERROR", ui.Screen);
    }
}

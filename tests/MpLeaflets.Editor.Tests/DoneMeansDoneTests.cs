using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>"Done" means printable: nothing becomes done by itself, and nothing a check refuses is done.</summary>
public sealed class DoneMeansDoneTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_memory_match_goes_in_outdated_with_the_word_diff_of_the_two_Englishes_and_is_not_counted_done()
    {
        using var ui = new Headless(TranslationMemoryTests.German(_fixture.Root));
        ui.Press(Key.F5);
        ui.Press(Key.F5);
        Assert.Equal("checklist.b", ui.Session.CurrentRow!.Id);
        var screen = ui.Screen;
        Assert.Contains("Bringen Sie jeden Brief vom Home Office mit.", screen);
        Assert.Contains("its English: Bring every letter from the Home [-Office.-] {+Office, in date order.+}", ui.Window.Edit.DiffText);
        Assert.Contains("82% Bringen Sie jeden Brief vom Home Office mit.", screen);
        var done = ui.Session.Current!.Progress.Done;
        ui.Press(Key.G.WithCtrl);
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow!.State);
        Assert.Equal("Bring every letter from the Home Office.", ui.Session.CurrentRow.PreviousSource);
        Assert.Equal(done, ui.Session.Current.Progress.Done);
        Assert.Contains("checklist.b · OUTDATED", ui.Screen);
        // The pane keeps the diff of the memory's English against this unit's English.
        Assert.Contains("Memory   Bring every letter from the Home [-Office.-] {+Office, in", ui.Screen);
        // Checked by the translator: now it is done.
        ui.Press(Key.F2);
        Assert.Equal(TranslationState.Translated, ui.Session.CurrentRow!.State);
        Assert.Equal(done + 1, ui.Session.Current.Progress.Done);
    }

    [Fact]
    public void A_unit_with_a_check_error_cannot_be_marked_translated_or_reviewed_and_the_reason_shows()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F7);
        ui.Press(Key.E.WithCtrl);
        ui.Type(" 5");
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow!.State);
        ui.Press(Key.F2);
        Assert.Contains("not marked translated: ERROR numbers; fix it first", ui.Screen);
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow!.State);
        ui.Press(Key.F3);
        Assert.Contains("not marked reviewed: ERROR numbers", ui.Screen);
        ui.Press(Key.F4);
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow!.State);
    }

    [Fact]
    public void A_typed_translation_with_an_error_is_not_done_until_fixed_and_errors_have_a_count_a_filter_and_F12()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("Un député 12");
        Assert.Equal(TranslationState.Untranslated, ui.Session.CurrentRow!.State);
        Assert.Contains("leaflet.what · DRAFT", ui.Screen);
        Assert.Contains("fr: 3 done · 1 outdated · 2 missing · 1 error · UNSAVED", ui.Screen);
        // The error is what to read first: the checks get their rows before the translation.
        Assert.False(ui.Window.Edit.Checks.MoreBelow);
        ui.Press(Key.F8);
        ui.Press(Key.F8);
        Assert.Contains("Units 1/1 · with errors", ui.Screen);
        ui.Press(Key.F8.WithShift);
        ui.Press(Key.F8.WithShift);
        ui.Press(Key.Home.WithCtrl);
        ui.Press(Key.F12);
        Assert.Equal("leaflet.what", ui.Session.CurrentRow!.Id);
        // Fixed: the number goes, the unit is done.
        ui.Press(Key.E.WithCtrl);
        ui.Press(Key.End);
        ui.Press(Key.Backspace);
        ui.Press(Key.Backspace);
        ui.Press(Key.Backspace);
        Assert.Equal("Un député", ui.Session.CurrentRow!.Translation);
        Assert.Equal(TranslationState.Translated, ui.Session.CurrentRow.State);
        Assert.Contains("0 errors", ui.Screen);
    }

    [Fact]
    public void Emptying_an_outdated_unit_makes_it_untranslated_as_the_docs_say()
    {
        var session = _fixture.Open();
        session.MoveTo(2);
        Assert.Equal(TranslationState.Outdated, session.CurrentRow!.State);
        session.SetTranslation("");
        Assert.Equal(TranslationState.Untranslated, session.CurrentRow!.State);
        Assert.Equal("", session.CurrentRow.PreviousSource);
    }

    [Fact]
    public void The_English_copied_in_is_outdated_until_translated_and_marked()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.K.WithCtrl);
        Assert.Equal("What an MP is", ui.Session.CurrentRow!.Translation);
        Assert.Equal(TranslationState.Outdated, ui.Session.CurrentRow.State);
        Assert.Contains("English copied in, OUTDATED", ui.Screen);
        ui.Press(Key.Z.WithCtrl);
        Assert.Equal("", ui.Session.CurrentRow!.Translation);
        Assert.Equal(TranslationState.Untranslated, ui.Session.CurrentRow.State);
    }

    [Fact]
    public void An_obsolete_unit_cannot_be_typed_into()
    {
        using var ui = new Headless(_fixture.Open());
        for (var i = 0; i < 7; i++) { ui.Press(Key.F8); }
        Assert.Contains("· obsolete", ui.Screen);
        Assert.Equal("leaflet.gone", ui.Session.CurrentRow!.Id);
        ui.Press(Key.E.WithCtrl);
        ui.Type("xyz");
        ui.Press(Key.Backspace);
        Assert.Equal("Une vieille phrase.", ui.Session.CurrentRow!.Translation);
        Assert.False(ui.Session.HasUnsavedChanges);
    }
}

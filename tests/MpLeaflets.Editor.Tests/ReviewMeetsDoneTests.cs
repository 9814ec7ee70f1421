using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>
/// Where the team workflow (issue 15: sign-offs, review mode, conflicts) meets the editor of issue 11
/// (done means done, undo, the screen at 80×24): both hold at once.
/// </summary>
public sealed class ReviewMeetsDoneTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private void WriteConflict(Func<TranslationRow, TranslationRow> theirs)
    {
        var rows = EditorFixture.FrenchRows.Select(r => r.Id == "leaflet.help" ? r with { Theirs = theirs(r) } : r).ToList();
        new TranslationFile("fr", rows).Write(_fixture.PathOf("fr"));
    }

    [Fact]
    public void F3_is_refused_while_a_check_finds_an_error_and_signs_nothing_off()
    {
        var session = _fixture.Open();
        session.MoveTo(3);
        session.SetTranslation("Demandez de l'aide tôt, 5 fois.");
        Assert.Equal(TranslationState.Untranslated, session.CurrentRow!.State);

        var refused = session.MarkReviewed();

        Assert.Equal("not marked reviewed: ERROR numbers; fix it first", refused);
        Assert.Equal((TranslationState.Untranslated, null), (session.CurrentRow!.State, session.CurrentRow.Review));
    }

    [Fact]
    public void Ctrl_Z_takes_a_sign_off_back_and_Ctrl_Y_gives_it_again()
    {
        var session = _fixture.Open();
        session.MoveTo(3);
        session.MarkReviewed();

        session.Undo();
        Assert.Equal((TranslationState.Translated, null), (session.CurrentRow!.State, session.CurrentRow.Review));
        session.Redo();
        Assert.Equal((TranslationState.Reviewed, new SignOff("Amina Hassan", EditorFixture.ReviewDay)), (session.CurrentRow!.State, session.CurrentRow.Review));
    }

    [Fact]
    public void A_unit_in_conflict_refuses_every_change_until_a_version_is_chosen_and_Ctrl_Z_brings_the_two_back()
    {
        WriteConflict(r => r with { Translation = "Demandez de l'aide dès le début." });
        var session = _fixture.Open();
        session.MoveTo(3);
        Assert.True(session.CurrentRow!.InConflict);

        foreach (var refused in new[] { session.MarkTranslated(), session.MarkReviewed(), session.CopyEnglish(), session.SetTranslation("autre chose") })
        {
            Assert.Equal("a merge left two versions of this unit: choose one first (Ctrl+W)", refused);
        }
        Assert.False(session.HasUnsavedChanges);

        Assert.Null(session.ChooseVersion(ConflictRows.Side.Theirs));
        Assert.Equal(("Demandez de l'aide dès le début.", false), (session.CurrentRow!.Translation, session.CurrentRow.InConflict));
        session.Undo();
        Assert.True(session.CurrentRow!.InConflict);
        Assert.Equal("Demandez de l'aide tôt.", session.CurrentRow.Translation);
    }

    [Fact]
    public void A_version_chosen_that_is_marked_done_but_fails_a_check_comes_in_as_a_draft()
    {
        WriteConflict(r => r with { Translation = "Demandez de l'aide 3 fois.", State = TranslationState.Reviewed, Review = new SignOff("Amina Hassan", EditorFixture.ReviewDay) });
        var session = _fixture.Open();
        session.MoveTo(3);

        var said = session.ChooseVersion(ConflictRows.Side.Theirs);

        Assert.Equal("kept, but not done: ERROR numbers; fix it, then F2", said);
        Assert.Equal(("Demandez de l'aide 3 fois.", TranslationState.Untranslated, null, false),
            (session.CurrentRow!.Translation, session.CurrentRow.State, session.CurrentRow.Review, session.CurrentRow.InConflict));
    }

    [Fact]
    public void A_unit_in_conflict_is_to_do_and_its_translation_box_does_not_take_keys()
    {
        WriteConflict(r => r with { Translation = "Demandez de l'aide dès le début." });
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F8);
        Assert.Contains("leaflet.help", ui.Session.Visible.Select(i => ui.Session.Current!.Rows[i].Id));
        ui.Press(Key.F12);
        Assert.Equal("leaflet.help", ui.Session.CurrentRow!.Id);
        Assert.Contains("leaflet.help · CONFLICT", ui.Screen);
        Assert.Contains("Theirs   Demandez de l'aide dès le début.", ui.Screen);
        Assert.Contains("(translated) Ctrl+W: choose mine or theirs", ui.Screen);

        ui.Press(Key.E.WithCtrl);
        ui.Type("xyz");
        ui.Press(Key.Backspace);

        Assert.Equal("Demandez de l'aide tôt.", ui.Session.CurrentRow!.Translation);
        Assert.False(ui.Session.HasUnsavedChanges);
    }

    [Fact]
    public void At_80_by_24_the_sign_off_shows_in_the_unit_title_and_review_mode_keeps_its_position_on_the_status_line()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F3.WithShift);
        Assert.Contains("review 1 of 4", ui.Screen);
        ui.Press(Key.F3);
        // The message takes the status line at 80 columns; it says where the review is.
        Assert.Contains("marked reviewed by Amina Hassan · now review 2 of 4", ui.Screen);
        ui.Press(Key.P.WithCtrl);
        Assert.Contains("leaflet.title · reviewed by Amina Hassan, 2026-03-02", ui.Screen);
        Assert.Contains("review 1 of 4 · UNSAVED", ui.Screen);
        Assert.All(ui.Screen.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }

    [Fact]
    public void A_status_line_too_long_for_80_columns_gives_the_percentage_done_and_keeps_errors_review_and_unsaved()
    {
        WriteConflict(r => r with { Translation = "Demandez de l'aide dès le début." });
        var session = _fixture.Open();
        session.SetReviewMode(true);

        Assert.Equal("fr: 2 done · 1 outdated · 2 missing · 1 CONFLICT · 1 error · review 1 of 3 · saved", session.StatusLine);
        Assert.Equal("fr: 2 done · 1 outdated · 2 missing · 1 CONFLICT · 1 error · review 1 of 3 · saved", session.StatusLineWithin(90));
        Assert.Equal("fr: 33% done · 1 CONFLICT · 1 error · review 1 of 3 · saved", session.StatusLineWithin(80));
    }
}

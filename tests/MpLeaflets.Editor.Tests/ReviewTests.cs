using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>Sign-offs, the review mode and units in conflict, in the editor.</summary>
public sealed class ReviewTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void F3_signs_the_unit_off_with_the_reviewers_name_and_the_day_and_the_screen_and_the_file_show_it()
    {
        using var ui = new Headless(_fixture.Open(), 110, 30);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.N.WithCtrl);
        Assert.Equal("leaflet.help", ui.Session.CurrentRow!.Id);

        ui.Press(Key.F3);

        var row = ui.Session.Current!.Rows.Single(r => r.Id == "leaflet.help");
        Assert.Equal((TranslationState.Reviewed, new SignOff("Amina Hassan", EditorFixture.ReviewDay)), (row.State, row.Review));
        Assert.Contains("marked reviewed by Amina Hassan", ui.Screen);
        Assert.Contains("leaflet.help · reviewed by Amina Hassan, 2026-03-02", ui.Screen);
        ui.Press(Key.S.WithCtrl);
        Assert.Contains("leaflet.help,Ask for help early.,Demandez de l'aide tôt.,reviewed,,,Amina Hassan,2026-03-02,\n", File.ReadAllText(_fixture.PathOf("fr")));
    }

    [Fact]
    public void Marking_reviewed_without_a_reviewers_name_says_how_to_give_one_and_changes_nothing()
    {
        var session = _fixture.Open(reviewer: null);
        session.MoveTo(3);

        var refused = session.MarkReviewed();

        Assert.Contains("--reviewer", refused);
        Assert.Equal(TranslationState.Translated, session.CurrentRow!.State);
        Assert.False(session.HasUnsavedChanges);
    }

    [Fact]
    public void Editing_a_signed_off_translation_drops_the_sign_off_and_it_needs_review_again()
    {
        var session = _fixture.Open();
        session.MoveTo(3);
        session.MarkReviewed();

        session.SetTranslation("Demandez de l'aide très tôt.");

        Assert.Equal((TranslationState.Translated, null), (session.CurrentRow!.State, session.CurrentRow.Review));
    }

    [Fact]
    public void Review_mode_lists_the_units_with_a_translation_in_order_and_F3_moves_on_to_the_next()
    {
        using var ui = new Headless(_fixture.Open(), 110, 30);

        ui.Press(Key.F3.WithShift);

        Assert.Equal(["leaflet.title", "leaflet.call", "leaflet.help", "checklist.copy"], ui.Session.Visible.Select(i => ui.Session.Current!.Rows[i].Id));
        Assert.Contains("Review: 4 units in the sheet's order", ui.Screen);
        Assert.Contains("review 1 of 4", ui.Screen);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.F3);
        Assert.Equal("leaflet.help", ui.Session.CurrentRow!.Id);
        Assert.Contains("review 3 of 4", ui.Screen);
        Assert.Equal(TranslationState.Reviewed, ui.Session.Current!.Rows.Single(r => r.Id == "leaflet.call").State);
        ui.Press(Key.F3.WithShift);
        // The list title says the position since issue 11 ("Units 4/6"): leaflet.help, the fourth of the six.
        Assert.Contains("Units 4/6 · all", ui.Screen);
    }

    [Fact]
    public void Ctrl_W_shows_both_versions_of_a_unit_in_conflict_and_keeps_the_one_chosen()
    {
        var rows = EditorFixture.FrenchRows.Select(r => r.Id == "leaflet.help"
            ? r with { Theirs = r with { Translation = "Demandez de l'aide dès le début.", State = TranslationState.Reviewed, Review = new SignOff("Amina Hassan", EditorFixture.ReviewDay) } }
            : r).ToList();
        new TranslationFile("fr", rows).Write(_fixture.PathOf("fr"));
        using var ui = new Headless(_fixture.Open(), 110, 30);
        ui.Press(Key.F12);
        Assert.Equal("leaflet.help", ui.Session.CurrentRow!.Id);
        Assert.Contains("CONFLICT", ui.Screen);
        Assert.Contains("Theirs", ui.Screen);
        Assert.Contains("1 CONFLICT", ui.Screen);
        ui.Session.SetTranslation("typing does not pick a side");
        Assert.Equal("Demandez de l'aide tôt.", ui.Session.CurrentRow!.Translation);

        ui.Prompter.Answers.Enqueue(1);
        ui.Press(Key.W.WithCtrl);

        var asked = Assert.Single(ui.Prompter.Asked);
        Assert.Contains("Mine (this branch), translated:\nDemandez de l'aide tôt.", asked);
        Assert.Contains("Theirs (the branch merged in), reviewed by Amina Hassan, 2026-03-02:\nDemandez de l'aide dès le début.", asked);
        Assert.Equal(("Demandez de l'aide dès le début.", TranslationState.Reviewed, false),
            (ui.Session.CurrentRow!.Translation, ui.Session.CurrentRow.State, ui.Session.CurrentRow.InConflict));
        ui.Press(Key.S.WithCtrl);
        Assert.DoesNotContain(",ours\n", File.ReadAllText(_fixture.PathOf("fr")));
    }
}

using MpLeaflets.Editor.Views;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

public sealed class EditorWindowTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void The_first_screen_fits_80_by_24_with_languages_units_editor_and_counts()
    {
        using var ui = new Headless(_fixture.Open());
        var screen = ui.Screen;
        Assert.Contains("fr     50%  1 outdated", screen);
        Assert.Contains("ar     50%", screen);
        Assert.Contains("ps     cannot open", screen);
        Assert.Contains("Your MP and your legal case", screen);
        Assert.Contains("Votre député et votre dossier", screen);
        Assert.Contains("fr: 3 done · 1 outdated · 2 missing · 0 errors · saved", screen);
        Assert.Contains("F1 keys", screen);
    }

    [Fact]
    public void Ctrl_N_and_Ctrl_P_move_through_the_units()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.N.WithCtrl);
        Assert.Equal("leaflet.what", ui.Session.CurrentRow!.Id);
        Assert.Contains("leaflet.what · MISSING", ui.Screen);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.P.WithCtrl);
        Assert.Equal("leaflet.what", ui.Session.CurrentRow!.Id);
    }

    [Fact]
    public void The_arrow_keys_in_the_table_choose_the_unit_shown_in_the_editor()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.T.WithCtrl);
        ui.Press(Key.CursorDown);
        ui.Press(Key.CursorDown);
        Assert.Equal("leaflet.call", ui.Session.CurrentRow!.Id);
        Assert.Contains("Call your MP on 020 7219 3000 this week.", ui.Screen);
    }

    [Fact]
    public void F5_and_F7_jump_to_the_next_untranslated_and_outdated_units_and_shift_goes_back()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        Assert.Equal("leaflet.what", ui.Session.CurrentRow!.Id);
        ui.Press(Key.F5);
        Assert.Equal("checklist.bring", ui.Session.CurrentRow!.Id);
        ui.Press(Key.F5.WithShift);
        Assert.Equal("leaflet.what", ui.Session.CurrentRow!.Id);
        ui.Press(Key.F7);
        Assert.Equal("leaflet.call", ui.Session.CurrentRow!.Id);
        // The outdated unit shows what changed in the English, word by word.
        Assert.Contains("[-today.-] {+this week.+}", ui.Screen);
    }

    [Fact]
    public void Typing_in_the_translation_box_edits_the_unit_and_the_checks_follow()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("Un depute");
        var row = ui.Session.CurrentRow!;
        Assert.Equal("Un depute", row.Translation);
        Assert.Equal(TranslationState.Translated, row.State);
        Assert.Contains("UNSAVED", ui.Screen);
        Assert.Contains("fr: 4 done · 1 outdated · 1 missing", ui.Screen);
        Assert.Contains("*fr     66%", ui.Screen);
        // A number the English does not have is an error: the unit is not done until it is fixed.
        ui.Type(" 999");
        Assert.Equal(TranslationState.Untranslated, ui.Session.CurrentRow!.State);
        Assert.Contains("ERROR numbers", ui.Screen);
        Assert.Contains("fr: 3 done · 1 outdated · 2 missing · 1 error", ui.Screen);
    }

    [Fact]
    public void F8_cycles_the_state_filter_and_F9_the_document_filter()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F8);
        Assert.Contains("Units 1/3 · to do", ui.Screen);
        ui.Press(Key.F9);
        Assert.Contains("Units 1/2 · to do · leaflet", ui.Screen);
        ui.Press(Key.F9);
        Assert.Contains("Units 1/1 · to do · checklist", ui.Screen);
        ui.Press(Key.F9);
        Assert.Contains("Units 3/3 · to do · all documents", ui.Screen);
        // Backwards, as translators cycle in PO mode.
        ui.Press(Key.F9.WithShift);
        Assert.Contains("Units 1/1 · to do · checklist", ui.Screen);
        ui.Press(Key.F8.WithShift);
        Assert.Contains("· all · checklist", ui.Screen);
    }

    [Fact]
    public void Ctrl_F_searches_as_you_type_and_Enter_goes_to_the_list()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F.WithCtrl);
        ui.Type("copie");
        Assert.Single(ui.Session.Visible);
        Assert.Contains("Units 1/1 · all", ui.Screen);
        Assert.Equal("checklist.copy", ui.Session.CurrentRow!.Id);
        ui.Press(Key.Enter);
        Assert.True(ui.Window.Units.HasFocus);
    }

    [Fact]
    public void F2_F3_and_F4_set_the_state()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F7);
        ui.Press(Key.F4);
        Assert.Equal(TranslationState.Translated, ui.Session.CurrentRow!.State);
        Assert.Equal("", ui.Session.CurrentRow.PreviousSource);
        ui.Press(Key.F3);
        Assert.Equal(TranslationState.Reviewed, ui.Session.CurrentRow!.State);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.F2);
        Assert.Equal(TranslationState.Translated, ui.Session.CurrentRow!.State);
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.F4);
        Assert.Contains("only an outdated unit can be kept", ui.Screen);
    }

    [Fact]
    public void Ctrl_S_saves_to_disk()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("Ce qu'est un depute");
        ui.Press(Key.S.WithCtrl);
        Assert.Contains("leaflet.what,What an MP is,Ce qu'est un depute,translated,,", File.ReadAllText(_fixture.PathOf("fr")));
        Assert.Contains("· saved", ui.Screen);
        Assert.False(ui.Session.HasUnsavedChanges);
    }

    [Fact]
    public void Esc_with_unsaved_changes_asks_and_cancel_keeps_editing()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("x");
        ui.Prompter.Answers.Enqueue(2);
        ui.Press(Key.Esc);
        Assert.Contains("Unsaved changes", Assert.Single(ui.Prompter.Asked));
        Assert.Contains("[_Save|_Discard|_Cancel]", ui.Prompter.Asked[0]);
        Assert.False(ui.Window.QuitRequested);
        Assert.True(ui.Session.HasUnsavedChanges);
        // Closing the question with Esc is a cancel too.
        ui.Press(Key.Q.WithCtrl);
        Assert.False(ui.Window.QuitRequested);
    }

    [Fact]
    public void Quitting_can_save_or_discard()
    {
        var original = File.ReadAllText(_fixture.PathOf("fr"));
        using (var ui = new Headless(_fixture.Open()))
        {
            ui.Press(Key.F5);
            ui.Press(Key.E.WithCtrl);
            ui.Type("x");
            ui.Prompter.Answers.Enqueue(1);
            ui.Press(Key.Q.WithCtrl);
            Assert.True(ui.Window.QuitRequested);
            Assert.Equal(original, File.ReadAllText(_fixture.PathOf("fr")));
        }
        using (var ui = new Headless(_fixture.Open()))
        {
            ui.Press(Key.F5);
            ui.Press(Key.E.WithCtrl);
            ui.Type("y");
            ui.Prompter.Answers.Enqueue(0);
            ui.Press(Key.Esc);
            Assert.True(ui.Window.QuitRequested);
            Assert.Contains("leaflet.what,What an MP is,y,translated,,", File.ReadAllText(_fixture.PathOf("fr")));
        }
    }

    [Fact]
    public void Quitting_without_changes_asks_nothing()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.Esc);
        Assert.Empty(ui.Prompter.Asked);
        Assert.True(ui.Window.QuitRequested);
    }

    [Fact]
    public void Saving_over_a_file_changed_on_disk_is_refused_and_offers_merge_or_reload()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("z");
        var theirs = File.ReadAllText(_fixture.PathOf("fr")).Replace("Demandez de l'aide tôt.", "Demandez vite de l'aide.");
        File.WriteAllText(_fixture.PathOf("fr"), theirs);

        ui.Prompter.Answers.Enqueue(2);
        ui.Press(Key.S.WithCtrl);
        Assert.Contains("changed on disk", Assert.Single(ui.Prompter.Asked));
        Assert.Contains("[_Merge|_Reload (drop my edits)|_Cancel]", ui.Prompter.Asked[0]);
        Assert.Equal(theirs, File.ReadAllText(_fixture.PathOf("fr")));
        Assert.Contains("NOT saved", ui.Screen);

        ui.Prompter.Answers.Enqueue(0);
        ui.Press(Key.S.WithCtrl);
        var merged = File.ReadAllText(_fixture.PathOf("fr"));
        Assert.Contains("Demandez vite de l'aide.", merged);
        Assert.Contains("leaflet.what,What an MP is,z,translated,,", merged);
        Assert.False(ui.Session.HasUnsavedChanges);
    }

    [Fact]
    public void Reload_drops_the_edits_made_here()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F5);
        ui.Press(Key.E.WithCtrl);
        ui.Type("z");
        File.WriteAllText(_fixture.PathOf("fr"), File.ReadAllText(_fixture.PathOf("fr")).Replace("Gardez une copie de tout.", "Gardez tout."));
        ui.Prompter.Answers.Enqueue(1);
        ui.Press(Key.S.WithCtrl);
        Assert.False(ui.Session.HasUnsavedChanges);
        Assert.Equal("", ui.Session.CurrentRow!.Translation);
        Assert.Contains("Gardez tout.", File.ReadAllText(_fixture.PathOf("fr")));
    }

    [Fact]
    public void F1_lists_every_key()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F1);
        var help = Assert.Single(ui.Prompter.Told);
        foreach (var binding in KeyMap.All) { Assert.Contains(binding.Label + " ", help); }
    }

    [Fact]
    public void An_Arabic_translation_has_a_joined_right_to_left_preview_that_F10_turns_off()
    {
        var session = _fixture.Open();
        session.SelectLanguage("ar");
        using var ui = new Headless(session);
        var preview = Text.RtlPreview.Of("عضو البرلمان وقضيتك", rightToLeft: true);
        Assert.Equal(preview, ui.Window.Edit.PreviewText);
        Assert.Contains(preview, ui.Screen);
        ui.Press(Key.F10);
        Assert.DoesNotContain(preview, ui.Screen);
        Assert.Contains("preview off", ui.Screen);
    }

    [Fact]
    public void A_French_unit_has_no_right_to_left_preview()
    {
        using var ui = new Headless(_fixture.Open());
        Assert.Equal("", ui.Window.Edit.PreviewText);
        Assert.DoesNotContain("RTL", ui.Screen);
    }

    [Fact]
    public void Choosing_a_broken_language_shows_why_and_keeps_the_current_one()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.L.WithCtrl);
        ui.Press(Key.CursorDown);
        Assert.Equal("ar", ui.Session.Current!.Code);
        ui.Press(Key.CursorDown);
        Assert.Equal("ar", ui.Session.Current!.Code);
        Assert.Contains("translations/ps.csv:", Assert.Single(ui.Prompter.Told));
    }

    [Fact]
    public void A_search_that_changes_the_current_unit_shows_that_units_text_so_typing_never_lands_in_another()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.F.WithCtrl);
        ui.Type("copie");
        Assert.Equal("checklist.copy", ui.Session.CurrentRow!.Id);
        Assert.Equal("Gardez une copie de tout.", ui.Window.Edit.Translation.Value);
        ui.Press(Key.E.WithCtrl);
        ui.Press(Key.End);
        ui.Type("!");
        Assert.Equal("Gardez une copie de tout.!", ui.Session.CurrentRow!.Translation);
        Assert.Equal("Votre député et votre dossier", ui.Session.Current!.Rows[0].Translation);
    }

    [Fact]
    public void Typing_in_the_middle_of_a_translation_keeps_the_cursor_where_it_is()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.E.WithCtrl);
        ui.Press(Key.Home.WithCtrl);
        ui.Type("Oui. ");
        Assert.Equal("Oui. Votre député et votre dossier", ui.Session.CurrentRow!.Translation);
    }
}

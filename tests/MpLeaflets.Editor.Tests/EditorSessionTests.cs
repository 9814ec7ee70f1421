using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Tests;

public sealed class EditorSessionTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Counts_read_like_po_mode_and_ignore_obsolete_units()
    {
        var session = _fixture.Open();
        Assert.Equal("fr", session.Current!.Code);
        Assert.Equal("3 done · 1 outdated · 2 missing", session.Current.Progress.ToString());
        Assert.Equal("fr: 3 done · 1 outdated · 2 missing · 0 errors · saved", session.StatusLine);
        Assert.Equal(50, session.Current.Progress.Percent);
        Assert.Equal(" fr     50%  1 outdated", session.Current.Summary);
    }

    [Fact]
    public void A_long_language_code_still_fits_the_languages_pane()
    {
        var chinese = EditorFixture.French with { Code = "zh-Hans" };
        var buffer = new LanguageBuffer(chinese, _fixture.PathOf("fr"));
        Assert.Equal(" zh-Hans  50% 1 outd.", buffer.Summary);
        Assert.True(buffer.Summary.Length <= 23);
    }

    [Fact]
    public void A_language_whose_file_cannot_be_read_stays_closed_with_the_command_line_message_and_the_others_open()
    {
        var session = _fixture.Open();
        var pashto = session.Languages.Single(l => l.Code == "ps");
        Assert.False(pashto.IsOpen);
        Assert.StartsWith("translations/ps.csv:", pashto.Error);
        Assert.Equal(pashto.Error, session.SelectLanguage("ps"));
        Assert.Equal("fr", session.Current!.Code);
        Assert.Null(session.SelectLanguage("ar"));
        Assert.Equal("ar", session.Current!.Code);
        Assert.Contains("cannot open", pashto.Summary);
    }

    [Fact]
    public void The_list_hides_obsolete_units_unless_asked_and_filters_by_state_and_document()
    {
        var session = _fixture.Open();
        Assert.Equal(6, session.Visible.Count);
        session.SetStateFilter(StateFilter.NotDone);
        Assert.Equal(["leaflet.what", "leaflet.call", "checklist.bring"], Ids(session));
        session.SetStateFilter(StateFilter.Obsolete);
        Assert.Equal(["leaflet.gone"], Ids(session));
        session.SetStateFilter(StateFilter.All);
        session.SetDocumentFilter("checklist");
        Assert.Equal(["checklist.bring", "checklist.copy"], Ids(session));
        Assert.Equal(["leaflet", "checklist"], session.DocumentIds);
    }

    [Fact]
    public void Search_looks_in_the_English_and_the_translation_ignoring_case()
    {
        var session = _fixture.Open();
        session.SetSearch("home office");
        Assert.Equal(["checklist.bring"], Ids(session));
        session.SetSearch("DÉPUTÉ");
        Assert.Equal(["leaflet.title", "leaflet.call"], Ids(session));
        session.SetSearch("");
        Assert.Equal(6, session.Visible.Count);
    }

    [Fact]
    public void Next_and_previous_untranslated_and_outdated_wrap_around()
    {
        var session = _fixture.Open();
        Assert.True(session.Jump(TranslationState.Untranslated, forward: true));
        Assert.Equal("leaflet.what", session.CurrentRow!.Id);
        Assert.True(session.Jump(TranslationState.Untranslated, forward: true));
        Assert.Equal("checklist.bring", session.CurrentRow!.Id);
        Assert.True(session.Jump(TranslationState.Untranslated, forward: true));
        Assert.Equal("leaflet.what", session.CurrentRow!.Id);
        Assert.True(session.Jump(TranslationState.Untranslated, forward: false));
        Assert.Equal("checklist.bring", session.CurrentRow!.Id);
        Assert.True(session.Jump(TranslationState.Outdated, forward: false));
        Assert.Equal("leaflet.call", session.CurrentRow!.Id);
        session.SetStateFilter(StateFilter.Reviewed);
        Assert.False(session.Jump(TranslationState.Outdated, forward: true));
        Assert.Equal("leaflet.title", session.CurrentRow!.Id);
    }

    [Fact]
    public void Typing_a_translation_marks_an_untranslated_unit_translated_and_emptying_it_undoes_that()
    {
        var session = _fixture.Open();
        session.MoveTo(1);
        Assert.False(session.HasUnsavedChanges);
        Assert.Null(session.SetTranslation("Ce qu'est un député"));
        Assert.Equal(TranslationState.Translated, session.CurrentRow!.State);
        Assert.True(session.Current!.IsDirty);
        Assert.Contains("UNSAVED", session.StatusLine);
        session.SetTranslation("  ");
        Assert.Equal(TranslationState.Untranslated, session.CurrentRow!.State);
    }

    [Fact]
    public void Editing_a_reviewed_unit_asks_for_review_again_and_an_outdated_one_stays_outdated()
    {
        var session = _fixture.Open();
        session.SetTranslation("Votre députée et votre dossier");
        Assert.Equal(TranslationState.Translated, session.CurrentRow!.State);
        session.MoveTo(2);
        session.SetTranslation("Appelez votre député au 020 7219 3000 cette semaine.");
        Assert.Equal(TranslationState.Outdated, session.CurrentRow!.State);
        Assert.Equal("Call your MP on 020 7219 3000 today.", session.CurrentRow.PreviousSource);
    }

    [Fact]
    public void Marking_translated_or_reviewed_clears_the_old_English()
    {
        var session = _fixture.Open();
        session.MoveTo(2);
        Assert.Null(session.MarkTranslated());
        Assert.Equal(TranslationState.Translated, session.CurrentRow!.State);
        Assert.Equal("", session.CurrentRow.PreviousSource);
        Assert.Null(session.MarkReviewed());
        Assert.Equal(TranslationState.Reviewed, session.CurrentRow!.State);
        session.MoveTo(1);
        Assert.Equal("write the translation first", session.MarkTranslated());
        Assert.Equal(TranslationState.Untranslated, session.CurrentRow!.State);
    }

    [Fact]
    public void Keeping_a_trivial_English_change_turns_outdated_into_translated_and_only_for_outdated_units()
    {
        var session = _fixture.Open();
        Assert.NotNull(session.KeepTrivialChange());
        Assert.Equal(TranslationState.Reviewed, session.CurrentRow!.State);
        session.MoveTo(2);
        Assert.Null(session.KeepTrivialChange());
        Assert.Equal(TranslationState.Translated, session.CurrentRow!.State);
        Assert.Equal("", session.CurrentRow.PreviousSource);
        Assert.Equal("Appelez votre député au 020 7219 3000 aujourd'hui.", session.CurrentRow.Translation);
    }

    [Fact]
    public void Obsolete_units_cannot_be_edited()
    {
        var session = _fixture.Open();
        session.SetStateFilter(StateFilter.Obsolete);
        Assert.NotNull(session.SetTranslation("x"));
        Assert.NotNull(session.MarkTranslated());
        Assert.False(session.HasUnsavedChanges);
    }

    [Fact]
    public void Checks_of_the_current_unit_follow_the_text_typed()
    {
        var session = _fixture.Open();
        session.MoveTo(2);
        Assert.Empty(session.CurrentFindings);
        session.SetTranslation("Appelez votre député au 020 7219 0000.");
        Assert.Contains(session.CurrentFindings, f => f.Severity == MpLeaflets.Checks.Severity.Error && f.Message.Contains("3000"));
    }

    [Fact]
    public void Saving_without_edits_writes_nothing_and_saving_edits_changes_only_their_line()
    {
        var before = File.ReadAllLines(_fixture.PathOf("fr"));
        var bytes = File.ReadAllBytes(_fixture.PathOf("fr"));
        var session = _fixture.Open();
        Assert.Empty(session.Save());
        Assert.Equal(bytes, File.ReadAllBytes(_fixture.PathOf("fr")));

        session.MoveTo(1);
        session.SetTranslation("Ce qu'est un député");
        var outcome = Assert.Single(session.Save());
        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.False(session.HasUnsavedChanges);
        var after = File.ReadAllLines(_fixture.PathOf("fr"));
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal([2], changed);
        Assert.Equal("leaflet.what,What an MP is,Ce qu'est un député,translated,,,,,", after[2]);
        Assert.Equal("Ce qu'est un député", TranslationFile.Read(_fixture.PathOf("fr"), "fr").Rows[1].Translation);
        Assert.Empty(Directory.GetFiles(Path.Combine(_fixture.Root, "translations"), "*.tmp"));
    }

    [Fact]
    public void A_file_changed_on_disk_since_loading_is_not_overwritten()
    {
        var session = _fixture.Open();
        session.MoveTo(1);
        session.SetTranslation("Ce qu'est un député");
        var theirs = File.ReadAllText(_fixture.PathOf("fr")).Replace("Gardez une copie de tout.", "Gardez une copie de chaque document.");
        File.WriteAllText(_fixture.PathOf("fr"), theirs);

        var outcome = Assert.Single(session.Save());
        Assert.Equal(SaveStatus.ChangedOnDisk, outcome.Status);
        Assert.Contains("changed on disk", outcome.Message);
        Assert.Equal(theirs, File.ReadAllText(_fixture.PathOf("fr")));
        Assert.True(session.HasUnsavedChanges);
    }

    [Fact]
    public void Edits_to_other_units_merge_with_the_file_changed_on_disk()
    {
        var session = _fixture.Open();
        session.MoveTo(1);
        session.SetTranslation("Ce qu'est un député");
        File.WriteAllText(_fixture.PathOf("fr"), File.ReadAllText(_fixture.PathOf("fr")).Replace("Gardez une copie de tout.", "Gardez tout."));

        var merge = session.Merge("fr");
        Assert.True(merge.Merged, merge.Message);
        Assert.Equal(SaveStatus.Saved, Assert.Single(session.Save()).Status);
        var rows = TranslationFile.Read(_fixture.PathOf("fr"), "fr").Rows;
        Assert.Equal("Ce qu'est un député", rows[1].Translation);
        Assert.Equal("Gardez tout.", rows[5].Translation);
    }

    [Fact]
    public void The_same_unit_changed_here_and_on_disk_is_a_conflict_and_nothing_is_written()
    {
        var session = _fixture.Open();
        session.MoveTo(3);
        session.SetTranslation("Demandez de l'aide très tôt.");
        var theirs = File.ReadAllText(_fixture.PathOf("fr")).Replace("Demandez de l'aide tôt.", "Demandez vite de l'aide.");
        File.WriteAllText(_fixture.PathOf("fr"), theirs);

        var merge = session.Merge("fr");
        Assert.False(merge.Merged);
        Assert.Equal(["leaflet.help"], merge.Conflicts);
        Assert.Equal(theirs, File.ReadAllText(_fixture.PathOf("fr")));
        session.Reload("fr");
        Assert.False(session.HasUnsavedChanges);
        Assert.Equal("Demandez vite de l'aide.", session.Current!.Rows[3].Translation);
    }

    [Fact]
    public void Edits_are_kept_per_language_when_switching()
    {
        var session = _fixture.Open();
        session.MoveTo(1);
        session.SetTranslation("Ce qu'est un député");
        session.SelectLanguage("ar");
        Assert.Equal("leaflet.what", session.CurrentRow!.Id);
        session.SelectLanguage("fr");
        Assert.Equal("Ce qu'est un député", session.CurrentRow!.Translation);
        Assert.True(session.HasUnsavedChanges);
    }

    [Fact]
    public void A_file_changed_on_disk_without_edits_here_is_read_again_and_one_with_edits_is_left_alone()
    {
        var session = _fixture.Open();
        Assert.Null(session.NoticeChangedFiles());
        session.SelectLanguage("ar");
        session.MoveTo(1);
        session.SetTranslation("ما هو عضو البرلمان");
        var french = File.ReadAllText(_fixture.PathOf("fr")).Replace("Gardez une copie de tout.", "Gardez tout.");
        File.WriteAllText(_fixture.PathOf("fr"), french);
        File.AppendAllText(_fixture.PathOf("ar"), "");
        File.WriteAllText(_fixture.PathOf("ar"), File.ReadAllText(_fixture.PathOf("ar")).Replace("عضو البرلمان وقضيتك", "عضو البرلمان"));

        Assert.Equal("ar changed on disk too: Ctrl+S will offer merge or reload", session.NoticeChangedFiles());
        var fr = session.Languages.Single(l => l.Code == "fr");
        Assert.Equal("Gardez tout.", fr.Rows[5].Translation);
        Assert.False(fr.IsDirty);
        Assert.Equal("ما هو عضو البرلمان", session.CurrentRow!.Translation);
    }

    [Fact]
    public void A_recovery_copy_goes_beside_the_file_never_over_it()
    {
        var session = _fixture.Open();
        var original = File.ReadAllBytes(_fixture.PathOf("fr"));
        session.MoveTo(1);
        session.SetTranslation("Ce qu'est un député");
        var path = session.Current!.WriteRecoveryCopy();
        Assert.Equal(original, File.ReadAllBytes(_fixture.PathOf("fr")));
        Assert.Contains("Ce qu'est un député", File.ReadAllText(path));
    }

    private static string[] Ids(EditorSession session) => [.. session.Visible.Select(i => session.Current!.Rows[i].Id)];
}

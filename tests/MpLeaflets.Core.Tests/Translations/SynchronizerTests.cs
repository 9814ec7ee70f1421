using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Translations;

public sealed class SynchronizerTests
{
    private static SegmentedDocument Doc(string body) =>
        Segmenter.Segment(FrontMatter.Parse($"---\nid: doc\nkind: leaflet\ntitle: Title\nversion: 2026-01-01\n---\n{body}", "doc.md"));

    private static TranslationFile TranslateAll(SegmentedDocument doc) =>
        new("fr", doc.Units.Select(u => new TranslationRow(u.Id, u.Source, "FR " + u.Source, TranslationState.Reviewed, "", u.Note)).ToList());

    [Fact]
    public void New_units_start_untranslated()
    {
        var result = Synchronizer.Sync(new TranslationFile("fr", []), [Doc("One.\n\nTwo.\n")]);

        Assert.Equal(3, result.Added);
        Assert.All(result.File.Rows, r => Assert.Equal(TranslationState.Untranslated, r.State));
    }

    [Fact]
    public void Changed_English_in_the_same_place_becomes_outdated_and_keeps_the_old_English_and_translation()
    {
        var before = TranslateAll(Doc("One.\n\nTwo.\n\nThree.\n"));

        var after = Synchronizer.Sync(before, [Doc("One.\n\nTwo, changed a lot.\n\nThree.\n")]).File;

        var row = after.Rows[2];
        Assert.Equal((TranslationState.Outdated, "Two, changed a lot.", "Two.", "FR Two."), (row.State, row.Source, row.PreviousSource, row.Translation));
        Assert.Equal(TranslationState.Reviewed, after.Rows[3].State);
    }

    [Fact]
    public void Removed_English_becomes_obsolete_at_the_end_and_comes_back_with_its_translation()
    {
        var before = TranslateAll(Doc("One.\n\nTwo.\n\nThree.\n"));

        var removed = Synchronizer.Sync(before, [Doc("One.\n\nThree.\n")]).File;
        var back = Synchronizer.Sync(removed, [Doc("One.\n\nTwo.\n\nThree.\n")]).File;

        Assert.Equal(("FR Two.", TranslationState.Obsolete), (removed.Rows[^1].Translation, removed.Rows[^1].State));
        Assert.Equal(["Title", "One.", "Two.", "Three."], back.Rows.Select(r => r.Source));
        Assert.Equal(("FR Two.", TranslationState.Translated), (back.Rows[2].Translation, back.Rows[2].State));
    }

    [Fact]
    public void An_inserted_paragraph_next_to_a_changed_one_takes_no_translation_from_it()
    {
        var before = TranslateAll(Doc("Bring your letters to the surgery.\n\nEnd.\n"));

        var after = Synchronizer.Sync(before, [Doc("A brand new idea here.\n\nBring all your letters to the surgery.\n\nEnd.\n")]).File;

        Assert.Equal(TranslationState.Untranslated, after.Rows[1].State);
        Assert.Equal((TranslationState.Outdated, "FR Bring your letters to the surgery."), (after.Rows[2].State, after.Rows[2].Translation));
    }

    [Fact]
    public void A_second_change_keeps_the_English_the_translation_was_made_from()
    {
        var before = TranslateAll(Doc("Version one.\n"));
        var once = Synchronizer.Sync(before, [Doc("Version two.\n")]).File;

        var twice = Synchronizer.Sync(once, [Doc("Version three.\n")]).File;

        Assert.Equal("Version one.", twice.Rows[1].PreviousSource);
    }

    [Fact]
    public void Running_sync_twice_changes_nothing_and_rewrapping_changes_nothing()
    {
        var first = Synchronizer.Sync(TranslateAll(Doc("One.\n\nTwo.\n")), [Doc("One.\n\nNew.\n\nTwo.\n")]).File;

        var second = Synchronizer.Sync(first, [Doc("One.\n\nNew.\n\nTwo.\n")]);
        var rewrapped = Synchronizer.Sync(first, [Doc("One.\n\nNew.\n\n  Two.\n")]);

        Assert.Equal(first.ToCsv(), second.File.ToCsv());
        Assert.Equal(first.ToCsv(), rewrapped.File.ToCsv());
    }

    [Fact]
    public void The_repository_translation_files_are_in_sync_with_the_English()
    {
        var project = ContentProject.Load(TestPaths.RepoRoot);
        foreach (var language in project.Languages.Languages)
        {
            var file = project.ReadTranslations(language);
            Assert.False(Synchronizer.Sync(file, project.Documents).Changed(file), $"{language.Code} needs 'mpleaflets sync'");
        }
    }
}

using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Translations;

/// <summary>A one-document project in memory, and its units all translated.</summary>
internal static class SyncSample
{
    public static SegmentedDocument Doc(string body) =>
        Segmenter.Segment(FrontMatter.Parse($"---\nid: doc\nkind: leaflet\ntitle: Title\nversion: 2026-01-01\n---\n{body}", "doc.md"));

    public static TranslationFile TranslateAll(SegmentedDocument doc, TranslationState state = TranslationState.Reviewed) =>
        new("fr", doc.Units.Select(u => new TranslationRow(u.Id, u.Source, "FR " + u.Source, state, "", u.Note)).ToList());
}

public sealed class SynchronizerTests
{
    private static SegmentedDocument Doc(string body) => SyncSample.Doc(body);

    private static TranslationFile TranslateAll(SegmentedDocument doc) => SyncSample.TranslateAll(doc);

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

/// <summary>Sync brings a translation back only for the English it was made from, and refuses rewrites.</summary>
public sealed class SynchronizerRestoreTests
{
    private static SegmentedDocument Doc(string body) => SyncSample.Doc(body);

    private static TranslationFile TranslateAll(SegmentedDocument doc) => SyncSample.TranslateAll(doc, TranslationState.Translated);

    [Fact]
    public void An_explicit_id_that_comes_back_with_other_English_brings_its_translation_back_outdated()
    {
        var before = TranslateAll(Doc("One.\n\nCall us on 020 7219 3000. {#phone}\n\nTwo.\n"));
        var removed = Synchronizer.Sync(before, [Doc("One.\n\nTwo.\n")]).File;

        var result = Synchronizer.Sync(removed, [Doc("One.\n\nWrite to us at Parliament. {#phone}\n\nTwo.\n")]);
        var back = result.File;

        Assert.Equal((1, 0), (result.Outdated, result.Restored)); // one unit, counted once
        var row = back.Rows.Single(r => r.Id == "doc.phone");
        Assert.Equal(TranslationState.Obsolete, removed.Rows.Single(r => r.Id == "doc.phone").State);
        Assert.Equal((TranslationState.Outdated, "Write to us at Parliament.", "Call us on 020 7219 3000.", "FR Call us on 020 7219 3000."),
            (row.State, row.Source, row.PreviousSource, row.Translation));
    }

    [Theory]
    [InlineData("Three.\n\nOne.\n\nTwo.\n\nFour.\n")]
    [InlineData("Two.\n\nThree.\n\nFour.\n\nOne.\n")]
    [InlineData("Four.\n\nThree.\n\nTwo.\n\nOne.\n")]
    [InlineData("One.\n\nFour.\n\nThree.\n\nTwo.\n")]
    public void A_paragraph_moved_in_its_document_keeps_its_row_its_translation_and_its_state(string moved)
    {
        // The alignment sees a moved unit gone in one place and new in another: it had come back as a
        // second, untranslated row under the same id, and every command then refused the file.
        var before = TranslateAll(Doc("One.\n\nTwo.\n\nThree.\n\nFour.\n"));

        var result = Synchronizer.Sync(before, [Doc(moved)]);
        var again = Synchronizer.Sync(result.File, [Doc(moved)]);

        Assert.Equal(result.File.Rows.Count, result.File.Rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(["Title", .. moved.Split("\n\n", StringSplitOptions.TrimEntries)], result.File.Rows.Select(r => r.Source));
        Assert.All(result.File.Rows, r => Assert.Equal((TranslationState.Translated, "FR " + r.Source), (r.State, r.Translation)));
        Assert.Equal((0, 0, 0, 0, 0), (result.Added, result.Outdated, result.Obsoleted, result.Restored, result.Dropped));
        Assert.InRange(result.Moved, 1, 4);
        Assert.Equal(result.File.Rows, again.File.Rows);
    }

    [Fact]
    public void An_explicit_id_moved_with_other_English_and_then_put_back_is_one_row_translated_again()
    {
        var original = Doc("One.\n\nCall us. {#phone}\n\nTwo.\n\nThree.\n");
        var before = TranslateAll(original);
        var removed = Synchronizer.Sync(before, [Doc("One.\n\nTwo.\n\nThree.\n")]).File;
        var elsewhere = Synchronizer.Sync(removed, [Doc("One.\n\nTwo.\n\nThree.\n\nWrite to us. {#phone}\n")]).File;

        var back = Synchronizer.Sync(elsewhere, [original]).File;

        Assert.Equal(TranslationState.Outdated, elsewhere.Rows.Single(r => r.Id == "doc.phone").State);
        var row = Assert.Single(back.Rows, r => r.Id == "doc.phone");
        Assert.Equal((TranslationState.Translated, "Call us.", "", "FR Call us."), (row.State, row.Source, row.PreviousSource, row.Translation));
        Assert.Equal(["Title", "One.", "Call us.", "Two.", "Three."], back.Rows.Select(r => r.Source));
    }

    [Fact]
    public void An_explicit_id_that_comes_back_with_the_same_English_is_translated_again()
    {
        var before = TranslateAll(Doc("One.\n\nCall us. {#phone}\n\nTwo.\n"));
        var removed = Synchronizer.Sync(before, [Doc("One.\n\nTwo.\n")]).File;

        var back = Synchronizer.Sync(removed, [Doc("One.\n\nCall us. {#phone}\n\nTwo.\n")]).File;

        Assert.Equal(TranslationState.Translated, back.Rows.Single(r => r.Id == "doc.phone").State);
        Assert.Equal("", back.Rows.Single(r => r.Id == "doc.phone").PreviousSource);
    }

    [Fact]
    public void A_unit_that_was_outdated_when_removed_comes_back_outdated_unless_its_old_English_returns()
    {
        var before = TranslateAll(Doc("One.\n\nCall us. {#call}\n\nTwo.\n"));
        var changed = Synchronizer.Sync(before, [Doc("One.\n\nCall us today. {#call}\n\nTwo.\n")]).File;
        var removed = Synchronizer.Sync(changed, [Doc("One.\n\nTwo.\n")]).File;

        var sameAsChanged = Synchronizer.Sync(removed, [Doc("One.\n\nCall us today. {#call}\n\nTwo.\n")]).File.Rows.Single(r => r.Id == "doc.call");
        var original = Synchronizer.Sync(removed, [Doc("One.\n\nCall us. {#call}\n\nTwo.\n")]).File.Rows.Single(r => r.Id == "doc.call");

        Assert.Equal((TranslationState.Outdated, "Call us."), (sameAsChanged.State, sameAsChanged.PreviousSource));
        Assert.Equal((TranslationState.Translated, ""), (original.State, original.PreviousSource));
    }

    [Fact]
    public void A_sentence_deleted_and_put_back_makes_the_unit_translated_again()
    {
        const string whole = "Bring every letter. Bring them in order.";
        var before = TranslateAll(Doc($"One.\n\n{whole}\n\nTwo.\n"));
        var cut = Synchronizer.Sync(before, [Doc("One.\n\nBring every letter.\n\nTwo.\n")]).File;

        var restored = Synchronizer.Sync(cut, [Doc($"One.\n\n{whole}\n\nTwo.\n")]).File;

        var row = restored.Rows.Single(r => r.Source == whole);
        Assert.Equal(TranslationState.Outdated, cut.Rows[2].State);
        Assert.Equal((TranslationState.Translated, "", "FR " + whole), (row.State, row.PreviousSource, row.Translation));
    }

    [Fact]
    public void An_outdated_row_whose_previous_English_is_the_current_English_goes_back_to_translated()
    {
        var doc = Doc("One.\n\nTwo.\n");
        var unit = doc.Units[2];
        var file = new TranslationFile("fr", [.. TranslateAll(doc).Rows.Select(r => r.Id == unit.Id ? r with { State = TranslationState.Outdated, PreviousSource = unit.Source } : r)]);

        var row = Synchronizer.Sync(file, [doc]).File.Rows.Single(r => r.Id == unit.Id);

        Assert.Equal((TranslationState.Translated, ""), (row.State, row.PreviousSource));
    }

    [Fact]
    public void A_change_that_retires_most_of_a_document_is_reported_with_the_line_of_the_new_text()
    {
        var before = TranslateAll(Doc("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n"));

        var result = Synchronizer.Sync(before, [Doc("A brand new text.\n")]);

        var rewrite = Assert.Single(result.Rewrites);
        Assert.Equal(("doc", "doc.md", 7, 5, 6), (rewrite.DocumentId, rewrite.File, rewrite.Line, rewrite.Retired, rewrite.Total));
        var refused = Assert.Throws<ContentException>(() => Rewrite.Refuse([("fr", result)]));
        Assert.StartsWith("doc.md:7: this change to the English would make 5 of the 6 units of 'doc' obsolete (in 1 language: fr)", refused.Message);
        Assert.Contains("--allow-rewrite", refused.Message);
    }

    [Fact]
    public void Rewording_every_paragraph_in_place_is_not_a_rewrite()
    {
        var before = TranslateAll(Doc("One.\n\nTwo.\n\nThree.\n\nFour.\n"));

        var result = Synchronizer.Sync(before, [Doc("One, reworded.\n\nTwo, reworded.\n\nThree, reworded.\n\nFour, reworded.\n")]);

        Assert.Empty(result.Rewrites);
        Assert.Equal(4, result.Outdated);
    }
}

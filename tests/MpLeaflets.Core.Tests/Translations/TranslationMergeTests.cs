using MpLeaflets.Translations;
using MpLeaflets.Translations.Merging;

namespace MpLeaflets.Tests.Translations;

/// <summary>Three-way merge of one language's rows by unit id (the driver behind 'mpleaflets merge-csv').</summary>
public sealed class TranslationMergeTests
{
    private static TranslationRow Row(string id, string translation, TranslationState state = TranslationState.Translated, string note = "") =>
        new("doc." + id, "English " + id, translation, state, "", note);

    private static TranslationFile File(params TranslationRow[] rows) => new("fr", rows);

    private static readonly TranslationFile Common = File(Row("a", "A"), Row("b", "B"), Row("c", "C"), Row("d", "D"));

    [Fact]
    public void Changes_to_different_units_merge_and_so_does_the_same_change_on_both_sides()
    {
        var ours = File(Row("a", "A1"), Row("b", "B"), Row("c", "C2"), Row("d", "D"));
        var theirs = File(Row("a", "A"), Row("b", "B1"), Row("c", "C2"), Row("d", "D"));

        var result = TranslationMerge.Merge(Common, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["A1", "B1", "C2", "D"], result.File.Rows.Select(r => r.Translation));
    }

    [Fact]
    public void Different_changes_to_one_unit_keep_both_versions_and_name_the_unit()
    {
        var result = TranslationMerge.Merge(Common, File(Row("a", "A1"), Row("b", "B"), Row("c", "C"), Row("d", "D")),
            File(Row("a", "A2", TranslationState.Reviewed), Row("b", "B"), Row("c", "C"), Row("d", "D")));

        Assert.Equal(["doc.a"], result.Conflicts);
        var unit = result.File.Rows[0];
        Assert.Equal(("A1", "A2", TranslationState.Reviewed), (unit.Translation, unit.Theirs!.Translation, unit.Theirs.State));
    }

    [Fact]
    public void A_note_reworded_on_one_side_merges_with_a_translation_changed_on_the_other()
    {
        var result = TranslationMerge.Merge(Common, File(Row("a", "A", note: "A name: keep it"), Row("b", "B"), Row("c", "C"), Row("d", "D")),
            File(Row("a", "A1"), Row("b", "B"), Row("c", "C"), Row("d", "D")));

        Assert.Empty(result.Conflicts);
        Assert.Equal(("A1", "A name: keep it"), (result.File.Rows[0].Translation, result.File.Rows[0].Note));
    }

    [Fact]
    public void Rows_only_they_have_go_after_the_row_they_follow_and_obsolete_rows_go_last()
    {
        var ours = File(Row("a", "A"), Row("b", "B"), Row("x", "X"), Row("c", "C"), Row("d", "D"));
        var theirs = File(Row("a", "A"), Row("y", "Y"), Row("b", "B"), Row("c", "C", TranslationState.Obsolete), Row("d", "D"));

        var result = TranslationMerge.Merge(Common, ours, theirs);

        Assert.Equal(["doc.a", "doc.y", "doc.b", "doc.x", "doc.d", "doc.c"], result.File.Rows.Select(r => r.Id));
    }

    [Fact]
    public void A_unit_deleted_on_one_side_and_translated_on_the_other_is_kept_and_said()
    {
        var common = File(Row("a", "A"), Row("b", "", TranslationState.Untranslated));
        var result = TranslationMerge.Merge(common, File(Row("a", "A")), File(Row("a", "A"), Row("b", "B")));

        Assert.Equal(["A", "B"], result.File.Rows.Select(r => r.Translation));
        Assert.Contains(result.Notes, n => n.StartsWith("doc.b: deleted on one side", StringComparison.Ordinal));
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_unit_both_sides_added_merges_when_one_only_added_it_untranslated()
    {
        var result = TranslationMerge.Merge(null, File(Row("a", "", TranslationState.Untranslated)), File(Row("a", "A")));

        Assert.Equal("A", Assert.Single(result.File.Rows).Translation);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_branch_that_migrated_the_file_to_the_new_columns_merges_cleanly_with_one_that_edited_a_row_in_the_old_ones()
    {
        const string Legacy = "id,source,translation,state,previous_source,note\n";
        var common = TranslationFile.Parse(Legacy + "doc.a,One.,Un.,translated,,\ndoc.b,Two.,Deux.,translated,,\n", "fr", "base");
        var edited = TranslationFile.Parse(Legacy + "doc.a,One.,Un.,translated,,\ndoc.b,Two.,Deux !,translated,,\n", "fr", "ours");
        var migrated = common.Migrated();

        var result = TranslationMerge.Merge(common, edited, migrated);

        Assert.Empty(result.Conflicts);
        Assert.Equal("id,source,translation,state,previous_source,note,reviewer,reviewed_on,conflict\ndoc.a,One.,Un.,translated,,,,,\ndoc.b,Two.,Deux !,translated,,,,,\n",
            result.File.ToCsv());
    }
}

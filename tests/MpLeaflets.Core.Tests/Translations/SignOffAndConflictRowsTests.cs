using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Translations;

/// <summary>The reviewer, reviewed_on and conflict columns of translations/&lt;lang&gt;.csv.</summary>
public sealed class SignOffAndConflictRowsTests
{
    private const string Header = "id,source,translation,state,previous_source,note,reviewer,reviewed_on,conflict\n";
    private const string Legacy = "id,source,translation,state,previous_source,note\n";
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");

    private static TranslationFile Parse(string text) => TranslationFile.Parse(text, "fr", "translations/fr.csv");

    private static ContentException Fails(string text) => Assert.Throws<ContentException>(() => Parse(text));

    [Fact]
    public void A_file_with_the_old_six_columns_loads_and_is_written_back_in_them_until_sync_migrates_it_and_then_sync_changes_nothing()
    {
        var doc = SyncSample.Doc("One.\n");
        var (title, one) = (doc.Units[0].Id, doc.Units[1].Id);
        var text = Legacy + $"{title},Title,Titre,reviewed,,Document title\n{one},One.,Un.,translated,,\n";

        var file = Parse(text);
        var synced = Synchronizer.Sync(file, [doc]).File;
        var again = Synchronizer.Sync(Parse(synced.ToCsv()), [doc]);

        Assert.Equal(text, file.ToCsv());
        Assert.Equal(Header + $"{title},Title,Titre,reviewed,,Document title,,,\n{one},One.,Un.,translated,,,,,\n", synced.ToCsv());
        Assert.False(again.Changed(Parse(synced.ToCsv())));
        Assert.False(Synchronizer.Sync(file, [doc]).ChangedRows(file));
    }

    [Fact]
    public void A_sign_off_is_read_and_written_with_its_reviewer_and_day()
    {
        var text = Header + "doc.a,One.,Un.,reviewed,,,\"Hassan, Amina\",2026-03-02,\n";

        var row = Assert.Single(Parse(text).Rows);

        Assert.Equal(new SignOff("Hassan, Amina", new DateOnly(2026, 3, 2)), row.Review);
        Assert.Equal(text, Parse(text).ToCsv());
    }

    [Theory]
    [InlineData("Amina,,", "no reviewed_on date")]
    [InlineData(",2026-03-02,", "no reviewer")]
    [InlineData("Amina,02/03/2026,", "not a date written YYYY-MM-DD")]
    [InlineData(",,mine", "unknown value 'mine' in the conflict column")]
    public void A_half_filled_sign_off_or_an_unknown_conflict_marker_names_the_line(string cells, string problem)
    {
        var e = Fails(Header + "doc.title,Title,Titre,translated,,,,,\ndoc.a,One.,Un.,reviewed,,," + cells + "\n");

        Assert.Equal(3, e.Line);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_unit_in_conflict_is_two_rows_ours_then_theirs_read_as_one_unit_with_both_versions()
    {
        var text = Header + "doc.a,One.,Un.,translated,,,,,ours\ndoc.a,One.,Une.,reviewed,,,Amina,2026-03-02,theirs\ndoc.b,Two.,Deux.,translated,,,,,\n";

        var file = Parse(text);

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(("Un.", "Une.", 4), (file.Rows[0].Translation, file.Rows[0].Theirs!.Translation, file.Rows[1].Line));
        Assert.Equal(text, file.ToCsv());
        var finding = Assert.Single(TranslationChecker.Errors(file.Rows[0], French));
        Assert.Equal("conflict", finding.Check);
        Assert.Contains("theirs on line 3 (reviewed by Amina, 2026-03-02", finding.Message);
    }

    [Theory]
    [InlineData("doc.a,One.,Un.,translated,,,,,ours\ndoc.b,Two.,Deux.,translated,,,,,\n", 2, "marked 'ours' is not followed")]
    [InlineData("doc.a,One.,Un.,translated,,,,,theirs\n", 2, "marked 'theirs' does not follow")]
    [InlineData("doc.a,One.,Un.,translated,,,,,ours\ndoc.b,Two.,Deux.,translated,,,,,theirs\n", 2, "marked 'ours' is not followed")]
    public void A_conflict_row_without_its_other_half_names_the_line(string rows, int line, string problem)
    {
        var e = Fails(Header + rows);

        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Git_conflict_markers_say_the_file_was_merged_without_the_driver()
    {
        var e = Fails(Header + "doc.a,One.,Un.,translated,,,,,\n<<<<<<< HEAD\ndoc.b,Two.,Deux.,translated,,,,,\n=======\ndoc.b,Two.,Deux !,translated,,,,,\n>>>>>>> amina\n");

        Assert.Equal(3, e.Line);
        Assert.Contains("mpleaflets setup-git", e.Message);
    }

    [Fact]
    public void An_outdated_unit_keeps_its_sign_off_and_is_reviewed_again_when_its_English_changes_back()
    {
        var before = SyncSample.Doc("Call 020 7219 3000.\n");
        var after = SyncSample.Doc("Call 020 7219 3000 today.\n");
        var signOff = new SignOff("Amina", new DateOnly(2026, 3, 2));
        var file = SyncSample.TranslateAll(before);
        file = file.WithRows([.. file.Rows.Select(r => r with { Review = signOff })]);

        var outdated = Synchronizer.Sync(file, [after]).File;
        var back = Synchronizer.Sync(outdated, [before]).File;

        Assert.Equal((TranslationState.Outdated, signOff), (outdated.Rows[1].State, outdated.Rows[1].Review));
        Assert.Equal((TranslationState.Reviewed, signOff), (back.Rows[1].State, back.Rows[1].Review));
    }

    [Fact]
    public void Choosing_their_version_made_from_other_English_makes_it_outdated_against_ours()
    {
        var ours = new TranslationRow("doc.a", "Bring every letter, in order.", "Apportez chaque lettre.", TranslationState.Outdated, "Bring every letter.", "");
        var theirs = new TranslationRow("doc.a", "Bring every letter.", "Apportez toutes les lettres.", TranslationState.Translated, "", "");

        var chosen = ConflictRows.Choose(ours with { Theirs = theirs }, ConflictRows.Side.Theirs);
        var mine = ConflictRows.Choose(ours with { Theirs = theirs }, ConflictRows.Side.Ours);

        Assert.Equal(("Apportez toutes les lettres.", TranslationState.Outdated, "Bring every letter.", "Bring every letter, in order."),
            (chosen.Translation, chosen.State, chosen.PreviousSource, chosen.Source));
        Assert.Equal(ours, mine);
    }

    [Fact]
    public void A_unit_in_conflict_whose_English_changes_stays_one_readable_unit_after_sync()
    {
        var before = SyncSample.Doc("Call 020 7219 3000.\n");
        var after = SyncSample.Doc("Call 020 7219 3000 today.\n");
        var file = SyncSample.TranslateAll(before, TranslationState.Translated);
        file = file.WithRows([file.Rows[0], file.Rows[1] with { Theirs = file.Rows[1] with { Translation = "Appelez le 020 7219 3000." } }]);

        var synced = Synchronizer.Sync(file, [after]).File;
        var read = Parse(synced.ToCsv());

        Assert.Equal(after.Units[1].Id, read.Rows[1].Id);
        Assert.Equal("Appelez le 020 7219 3000.", read.Rows[1].Theirs!.Translation);
        var chosen = ConflictRows.Choose(read.Rows[1], ConflictRows.Side.Theirs);
        Assert.Equal((after.Units[1].Id, TranslationState.Outdated), (chosen.Id, chosen.State));
    }
}

using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Handoff;

/// <summary>
/// Two translators work from one export and send their files back one after the other. The second
/// file still holds, in the rows its translator did not touch, the translations as they were at the
/// export: applying those would undo the first translator's work without a word (it did: "11 updated",
/// 6 of them reverts). Both files go through the real writers and readers, CSV and PO.
/// </summary>
public sealed class TwoTranslatorsTests
{
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");

    private static readonly TranslationFile Project = new("fr",
    [
        new("leaflet.one", "Find your MP.", "Trouvez votre député.", TranslationState.Translated, "", ""),
        new("leaflet.two", "Write to your MP.", "Écrivez à votre député.", TranslationState.Translated, "", ""),
        new("leaflet.three", "Keep a copy.", "", TranslationState.Untranslated, "", ""),
    ]);

    public static TheoryData<HandoffFormat> Formats() => new(HandoffFormat.Csv, HandoffFormat.Po);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_translators_changes_are_kept_and_the_rows_they_left_as_exported_undo_nothing(HandoffFormat format)
    {
        var export = Export(format);
        var first = Edited(format, export, ("leaflet.one", "Trouvez le député de votre circonscription."));
        var second = Edited(format, export, ("leaflet.two", "Écrivez une lettre à votre député."), ("leaflet.three", "Gardez une copie."));

        var afterFirst = Importer.Import(Project, French, first);
        var afterSecond = Importer.Import(afterFirst.File, French, second);

        Assert.Equal(1, afterFirst.Updated);
        Assert.Equal((2, 1, 0, 0), (afterSecond.Updated, afterSecond.Unchanged, afterSecond.Conflicts.Count, afterSecond.Refused.Count));
        Assert.Equal(["Trouvez le député de votre circonscription.", "Écrivez une lettre à votre député.", "Gardez une copie."],
            afterSecond.File.Rows.Select(r => r.Translation));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_row_both_translators_changed_is_a_conflict_and_the_first_change_stays(HandoffFormat format)
    {
        var export = Export(format);
        var first = Edited(format, export, ("leaflet.one", "Trouvez le député de votre circonscription."));
        var second = Edited(format, export, ("leaflet.one", "Cherchez votre député."));

        var afterFirst = Importer.Import(Project, French, first);
        var afterSecond = Importer.Import(afterFirst.File, French, second);

        var conflict = Assert.Single(afterSecond.Conflicts);
        Assert.Equal("leaflet.one", conflict.UnitId);
        Assert.Contains("changed in the project after this file was exported", conflict.Reason, StringComparison.Ordinal);
        Assert.Contains("Trouvez le député de votre circonscription.", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal(0, afterSecond.Updated);
        Assert.Equal("Trouvez le député de votre circonscription.", afterSecond.File.Rows[0].Translation);
    }

    [Fact]
    public void A_file_exported_before_the_column_existed_is_imported_as_before()
    {
        var old = "\uFEFF\"id\",\"english\",\"translation\",\"state\",\"previous_english\",\"note\",\"english_hash\",\"reviewer\",\"reviewed_on\"\r\n"
            + "\"leaflet.three\",\"Keep a copy.\",\"Gardez une copie.\",\"translated\",\"\",\"\",\"" + MpLeaflets.Units.UnitText.ShortHash("Keep a copy.") + "\",\"\",\"\"\r\n";

        var result = Importer.Import(Project, French, SpreadsheetCsv.Parse(old, "old.csv"));

        Assert.Equal((1, 0), (result.Updated, result.Refused.Count));
    }

    private static string Export(HandoffFormat format)
    {
        var rows = HandoffExport.Rows(Project, new ExportFilter());
        return Encoding.UTF8.GetString(HandoffExport.Write(format, French, new DateOnly(2026, 11, 27), rows));
    }

    /// <summary>The exported file as the translator saves it, with these translations changed.</summary>
    private static IReadOnlyList<HandoffRow> Edited(HandoffFormat format, string export, params (string Id, string Translation)[] changes)
    {
        var rows = format == HandoffFormat.Po ? PoReader.Parse(export, "fr.po").Rows : SpreadsheetCsv.Parse(export, "fr.csv");
        var edited = rows.Select(r => changes.FirstOrDefault(c => c.Id == r.Id) is { Id: not null } c ? r with { Translation = c.Translation, State = r.State is null ? null : "translated" } : r).ToList();
        // Through the writer and reader again, as the translator's tool saves the file.
        var saved = Encoding.UTF8.GetString(HandoffExport.Write(format, French, new DateOnly(2026, 11, 27), edited));
        return format == HandoffFormat.Po ? PoReader.Parse(saved, "fr.po").Rows : SpreadsheetCsv.Parse(saved, "fr.csv");
    }
}

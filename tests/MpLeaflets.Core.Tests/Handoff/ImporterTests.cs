using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Text;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Handoff;

public sealed class ImporterTests
{
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");

    private static readonly TranslationRow Phone = new("leaflet.phone", "You can phone the House of Commons on 020 7219 3000.", "", TranslationState.Untranslated, "", "");

    private static readonly TranslationRow Reply = new("leaflet.reply", "The MP has 5 working days to reply.",
        "Le député a 5 jours ouvrables pour répondre.", TranslationState.Reviewed, "", "");

    private static readonly TranslationRow Aim = new("leaflet.aim", "The Home Office aims to answer within 20 working days.",
        "Le ministère de l'Intérieur vise une réponse sous 15 jours ouvrables.", TranslationState.Outdated, "The Home Office aims to answer within 15 working days.", "");

    private static TranslationFile Project => new("fr", [Phone, Reply, Aim]);

    /// <summary>A row as a spreadsheet sends it back: the exported cells, with the translation typed in.</summary>
    private static HandoffRow Cell(TranslationRow unit, string translation, string? state = null, string? english = null) =>
        new(unit.Id, english ?? unit.Source, translation, state ?? unit.State.ToCsv(), false, unit.PreviousSource, unit.Note, UnitText.ShortHash(unit.Source), 2);

    /// <summary>An entry as a PO editor sends it back.</summary>
    private static HandoffRow Entry(TranslationRow unit, string translation, bool fuzzy = false, string? english = null) =>
        new(unit.Id, english ?? unit.Source, translation, null, fuzzy, "", "", null, 10);

    private static ImportResult Import(bool overwriteReviewed = false, params HandoffRow[] rows) =>
        Importer.Import(Project, French, rows, overwriteReviewed);

    private static TranslationRow After(ImportResult result, TranslationRow unit) => result.File.Rows.Single(r => r.Id == unit.Id);

    [Fact]
    public void A_new_translation_is_applied_and_becomes_translated()
    {
        var result = Import(false, Cell(Phone, "Vous pouvez appeler la Chambre des communes au 020 7219 3000."));

        Assert.Equal((1, 0, 0, 0), (result.Updated, result.Unchanged, result.Conflicts.Count, result.Refused.Count));
        Assert.Equal(TranslationState.Translated, After(result, Phone).State);
        Assert.Equal("Vous pouvez appeler la Chambre des communes au 020 7219 3000.", After(result, Phone).Translation);
    }

    [Fact]
    public void A_translation_that_changes_a_phone_number_is_refused_with_the_reason()
    {
        var result = Import(false, Cell(Phone, "Vous pouvez appeler la Chambre des communes au 020 7219 3001."));

        var refused = Assert.Single(result.Refused);
        Assert.Equal(("leaflet.phone", 2), (refused.UnitId, refused.Line));
        Assert.Contains("phone numbers differ", refused.Reason);
        Assert.False(result.Changed);
    }

    [Fact]
    public void A_translation_that_adds_a_web_address_is_refused_with_the_reason()
    {
        var result = Import(false, Entry(Phone, "Appelez la Chambre des communes au 020 7219 3000 ou voyez https://example.org/."));

        Assert.Contains("web addresses differ", Assert.Single(result.Refused).Reason);
    }

    [Fact]
    public void A_translation_that_changes_a_number_is_refused_even_when_only_fuzzy_is_removed()
    {
        // The English went from 15 to 20 days; confirming the old translation as it is would print a wrong fact.
        var result = Import(false, Entry(Aim, Aim.Translation, fuzzy: false));

        Assert.Contains("numbers differ", Assert.Single(result.Refused).Reason);
        Assert.Equal(TranslationState.Outdated, After(result, Aim).State);
    }

    [Fact]
    public void An_edited_English_cell_is_refused_and_the_reason_says_so()
    {
        var result = Import(false, Cell(Phone, "Appelez le 020 7219 3000.", english: "Phone 020 7219 3000."));

        var refused = Assert.Single(result.Refused);
        Assert.Contains("English column was edited", refused.Reason);
        Assert.Contains(Phone.Source, refused.Reason);
    }

    [Fact]
    public void A_row_whose_English_changed_in_the_project_since_the_export_is_refused()
    {
        var exported = Cell(Phone, "Appelez le 020 7219 3000.") with { EnglishHash = UnitText.ShortHash("You can phone us.") };

        var result = Import(false, exported);

        Assert.Contains("changed in the project since the file was exported", Assert.Single(result.Refused).Reason);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("1.2345E+1238")]
    public void A_hash_a_spreadsheet_retyped_as_a_number_is_forgiven_when_the_English_is_unchanged(string retyped)
    {
        var returned = Cell(Phone, "Appelez le 020 7219 3000.") with { EnglishHash = retyped };

        Assert.Equal(1, Import(false, returned).Updated);
        Assert.Single(Import(false, returned with { English = "Phone the House of Commons on 020 7219 3000." }).Refused);
    }

    [Fact]
    public void A_PO_entry_whose_msgid_is_not_the_projects_English_is_refused()
    {
        var result = Import(false, Entry(Phone, "Appelez le 020 7219 3000.", english: "Call 020 7219 3000."));

        Assert.Contains("msgid (English) is not the project's English", Assert.Single(result.Refused).Reason);
    }

    [Fact]
    public void A_reviewed_translation_that_the_file_changes_is_a_conflict_and_is_kept()
    {
        var result = Import(false, Entry(Reply, "Le député dispose de 5 jours ouvrables pour répondre."));

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("leaflet.reply", conflict.UnitId);
        Assert.Contains("--overwrite-reviewed", conflict.Reason);
        Assert.Equal(Reply, After(result, Reply));
        Assert.False(result.Changed);
    }

    [Fact]
    public void A_reviewed_translation_is_replaced_with_overwrite_reviewed_and_then_needs_a_new_review()
    {
        var result = Import(true, Entry(Reply, "Le député dispose de 5 jours ouvrables pour répondre."));

        Assert.Empty(result.Conflicts);
        Assert.Equal(("Le député dispose de 5 jours ouvrables pour répondre.", TranslationState.Translated),
            (After(result, Reply).Translation, After(result, Reply).State));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_msgstr_or_cell_never_clears_a_translation(string empty)
    {
        var result = Import(false, Entry(Reply, empty), Cell(Aim, empty, state: "translated"), Entry(Phone, empty, english: "Old English"));

        Assert.Equal((0, 3, 0), (result.Updated, result.Unchanged, result.Refused.Count));
        Assert.Equal(Project.ToCsv(), result.File.ToCsv());
    }

    [Fact]
    public void A_fuzzy_entry_is_imported_as_outdated()
    {
        var result = Import(false, Entry(Phone, "Appelez peut-être le 020 7219 3000.", fuzzy: true));

        Assert.Equal(TranslationState.Outdated, After(result, Phone).State);
        Assert.Equal("Appelez peut-être le 020 7219 3000.", After(result, Phone).Translation);
    }

    [Fact]
    public void A_new_translation_of_an_outdated_unit_without_fuzzy_becomes_translated_and_forgets_the_old_English()
    {
        var result = Import(false, Entry(Aim, "Le ministère de l'Intérieur vise une réponse sous 20 jours ouvrables."));

        Assert.Equal((TranslationState.Translated, ""), (After(result, Aim).State, After(result, Aim).PreviousSource));
    }

    [Fact]
    public void Spaces_a_spreadsheet_trimmed_are_not_a_change_and_the_projects_text_is_kept()
    {
        var spaced = Reply with { Translation = "Le député a 5 jours ouvrables pour répondre. " };
        var project = new TranslationFile("fr", [spaced]);

        var result = Importer.Import(project, French, [Cell(spaced, spaced.Translation.Trim(), english: " " + spaced.Source + " ")]);

        Assert.Equal((0, 1), (result.Updated, result.Unchanged));
        Assert.Equal(spaced, After(result, spaced));
    }

    [Fact]
    public void A_reviewer_can_mark_a_unit_reviewed_in_the_state_column_with_their_name_and_the_day()
    {
        var translated = Reply with { State = TranslationState.Translated };
        var today = new DateOnly(2026, 3, 5);

        var dated = Importer.Import(new TranslationFile("fr", [translated]), French,
            [Cell(translated, translated.Translation, state: "reviewed") with { Reviewer = " Amina Hassan ", ReviewedOn = "2026-03-02" }], today: today);
        var undated = Importer.Import(new TranslationFile("fr", [translated]), French,
            [Cell(translated, translated.Translation, state: "reviewed") with { Reviewer = "Amina Hassan", ReviewedOn = "" }], today: today);

        Assert.Equal((TranslationState.Reviewed, new SignOff("Amina Hassan", new DateOnly(2026, 3, 2))), (After(dated, translated).State, After(dated, translated).Review));
        Assert.Equal(new SignOff("Amina Hassan", today), After(undated, translated).Review);
    }

    [Theory]
    [InlineData("", "", "without a name in the reviewer column")]
    [InlineData("Amina Hassan", "02/03/2026", "not a day written YYYY-MM-DD")]
    [InlineData("Amina Hassan", "2099-01-01", "up to today")]
    public void Reviewed_without_a_name_or_with_a_day_that_is_not_one_is_refused_with_the_reason(string reviewer, string day, string reason)
    {
        var translated = Reply with { State = TranslationState.Translated };

        var result = Importer.Import(new TranslationFile("fr", [translated]), French,
            [Cell(translated, translated.Translation, state: "reviewed") with { Reviewer = reviewer, ReviewedOn = day }], today: new DateOnly(2026, 3, 5));

        Assert.Contains(reason, Assert.Single(result.Refused).Reason);
        Assert.Equal(0, result.Updated);
    }

    [Fact]
    public void A_signed_off_unit_the_file_leaves_alone_keeps_its_sign_off_and_a_changed_text_loses_it()
    {
        var signed = Reply with { Review = new SignOff("Amina Hassan", new DateOnly(2026, 3, 2)) };
        var exported = HandoffExport.ToHandoff(signed) with { Line = 2 };

        var same = Importer.Import(new TranslationFile("fr", [signed]), French, [exported]);
        var changed = Importer.Import(new TranslationFile("fr", [signed]), French, [exported with { Translation = "Le député a 5 jours ouvrables." }], overwriteReviewed: true);

        Assert.Equal((1, "Amina Hassan", "2026-03-02"), (same.Unchanged, exported.Reviewer, exported.ReviewedOn));
        Assert.Equal((TranslationState.Translated, null), (After(changed, signed).State, After(changed, signed).Review));
    }

    [Fact]
    public void Unknown_ids_unknown_states_and_repeated_rows_are_refused_and_the_good_rows_still_apply()
    {
        var result = Import(false,
            Cell(Phone, "Appelez le 020 7219 3000."),
            Cell(Phone, "Appelez donc le 020 7219 3000."),
            Cell(Aim, "Sous 20 jours ouvrables.", state: "done"),
            Cell(Phone with { Id = "leaflet.gone" }, "Rien."));

        Assert.Equal(1, result.Updated);
        Assert.Equal("Appelez le 020 7219 3000.", After(result, Phone).Translation);
        Assert.Collection(result.Refused,
            r => Assert.Contains("appears twice", r.Reason),
            r => Assert.Contains("unknown state 'done'", r.Reason),
            r => Assert.Contains("no unit has this id", r.Reason));
    }
}

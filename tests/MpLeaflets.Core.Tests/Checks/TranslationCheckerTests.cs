using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Checks;

public sealed class TranslationCheckerTests
{
    private static readonly Language Arabic = new("ar", "Arabic", "العربية", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arab");
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");

    private static IReadOnlyList<Finding> Check(string source, string translation, Language? language = null, TranslationState state = TranslationState.Translated) =>
        TranslationChecker.Check(new TranslationRow("d.1", source, translation, state, "", ""), language ?? French);

    private static IEnumerable<string> Errors(IReadOnlyList<Finding> findings) => findings.Where(f => f.Severity == Severity.Error).Select(f => f.Check);

    [Fact]
    public void A_changed_phone_number_is_an_error()
    {
        Assert.Equal(["phones"], Errors(Check("Phone 020 7219 3000.", "Appelez le 020 7219 3001.")));
    }

    [Fact]
    public void An_added_number_or_url_is_an_error()
    {
        Assert.Contains("numbers", Errors(Check("Wait 20 days.", "Attendez 20 jours, ou 30.")));
        Assert.Contains("urls", Errors(Check("See the website.", "Voir https://example.org/")));
    }

    [Fact]
    public void Numbers_in_the_languages_own_digits_are_the_same_numbers()
    {
        Assert.Empty(Errors(Check("Within 20 working days.", "خلال ٢٠ يوم عمل.", Arabic)));
    }

    [Fact]
    public void Placeholders_and_emails_must_match()
    {
        Assert.Equal(["placeholders"], Errors(Check("Page {{page}} of {{pages}}", "Page {{page}} sur {{total}}")));
        Assert.Equal(["emails"], Errors(Check("Write to a@b.org.", "Écrivez à c@b.org.")));
    }

    [Fact]
    public void A_changed_link_target_or_lost_bold_is_a_markdown_error()
    {
        Assert.Equal(["markdown"], Errors(Check("See [the list](https://a.uk/x).", "Voir [la liste](https://a.uk/y).")).Where(c => c == "markdown"));
        Assert.Equal(["markdown"], Errors(Check("Bring **all** letters.", "Apportez toutes les lettres.")));
    }

    [Fact]
    public void A_translation_that_starts_a_list_is_a_markdown_error()
    {
        Assert.Equal(["markdown"], Errors(Check("Bring letters.", "- Apportez les lettres.")));
    }

    [Fact]
    public void An_empty_translation_marked_translated_is_an_error_but_untranslated_is_fine()
    {
        Assert.Equal(["empty"], Errors(Check("Text.", "")));
        Assert.Empty(Check("Text.", "", state: TranslationState.Untranslated));
    }

    [Fact]
    public void Warnings_for_punctuation_identical_text_and_the_wrong_script()
    {
        var checks = Check("Bring your letters.", "Bring your letters", Arabic).Select(f => f.Check).ToList();

        Assert.Contains("punctuation", checks);
        Assert.Contains("script", checks);
        Assert.Contains("identical", Check("Bring your letters.", "Bring your letters.").Select(f => f.Check));
    }

    [Fact]
    public void A_web_address_at_the_end_of_the_english_is_not_sentence_punctuation()
    {
        // An Arabic sentence puts the address where its grammar wants it, not always last.
        var findings = Check("Search for your MP at https://members.parliament.uk/", "ابحث عن https://members.parliament.uk/ عضو البرلمان", Arabic);

        Assert.DoesNotContain("punctuation", findings.Select(f => f.Check));
    }

    [Fact]
    public void A_good_translation_has_no_findings()
    {
        Assert.Empty(Check("You can phone 020 7219 3000.", "يمكنك الاتصال بالرقم 020 7219 3000.", Arabic));
    }
}

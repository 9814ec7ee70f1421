using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Checks;

/// <summary>Invisible characters and new addresses: refused where they can change a fact on paper.</summary>
public sealed class HiddenCharacterTests
{
    private static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");
    private static readonly Language Persian = new("fa", "Persian", "فارسی", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arabext");

    private const string Phone = "You can also phone the House of Commons on 020 7219 3000.";

    private static List<string> Errors(string source, string translation, Language? language = null) =>
        [.. TranslationChecker.Errors(new TranslationRow("d.1", source, translation, TranslationState.Translated, "", ""), language ?? French).Select(f => f.Check)];

    [Theory]
    [InlineData("\u202E020 7219 3000\u202C")] // RLO … PDF printed "0003 9127 020"
    [InlineData("\u202B020 7219 3000\u202C")] // RLE
    [InlineData("\u202D020 7219 3000\u202C")] // LRO
    [InlineData("\u202A020 7219 3000\u202C")] // LRE
    [InlineData("\u2067020 7219 3000\u2069")] // RLI … PDI printed "3000 7219 020"
    [InlineData("\u2066020 7219 3000\u2069")] // LRI
    [InlineData("\u2068020 7219 3000\u2069")] // FSI
    public void Bidi_embeddings_overrides_and_isolates_around_a_phone_number_are_refused(string phone)
    {
        var errors = Errors(Phone, $"Vous pouvez aussi appeler la Chambre des communes au {phone}.");

        Assert.Contains("controls", errors);
    }

    [Fact]
    public void An_override_around_a_percentage_is_refused_though_the_number_is_the_same()
    {
        Assert.Equal(["controls"], Errors("The Home Office aims to answer 95% of letters.", "Le Home Office veut répondre à \u202E95%\u202C des lettres.").Distinct());
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0007')]
    [InlineData('\t')]
    [InlineData('\r')]
    [InlineData('\u0085')]
    [InlineData('\u009B')]
    public void Control_characters_are_refused_anywhere(char control)
    {
        Assert.Contains("controls", Errors("Bring every letter.", $"Apportez toutes{control} les lettres."));
    }

    [Fact]
    public void A_hard_line_break_is_the_one_control_a_unit_may_hold()
    {
        Assert.DoesNotContain("controls", Errors("First line\\\nsecond line", "Première ligne\\\ndeuxième ligne"));
    }

    [Theory]
    [InlineData("au \u200F020 7219 3000.")] // RLM right before: the groups read 3000 7219 020 on an LTR page
    [InlineData("au\u200F 020 7219 3000.")] // only a space between
    [InlineData("au 020\u200F 7219 3000.")] // inside
    [InlineData("au 020 7219 3000\u061C.")] // ALM right after
    [InlineData("au 020 72\u200D19 3000.")] // ZWJ inside
    public void A_mark_or_joiner_that_can_change_how_a_phone_number_reads_is_refused(string end)
    {
        Assert.Contains("controls", Errors(Phone, "Vous pouvez aussi appeler la Chambre des communes " + end));
    }

    [Fact]
    public void A_joiner_inside_a_web_address_is_refused()
    {
        Assert.Contains("controls", Errors("See https://members.parliament.uk/ today.", "Voir https://members.parlia\u200Cment.uk/ aujourd'hui."));
    }

    [Fact]
    public void Persian_words_keep_their_zero_width_non_joiners_and_marks_away_from_facts_are_allowed()
    {
        // می‌توانید: "you can", written with ZWNJ between the prefix and the verb, as Persian requires.
        Assert.Empty(Errors("Your MP can help. Call 020 7219 3000.", "نمایندهٔ شما می\u200Cتواند کمک کند. با 020 7219 3000 تماس بگیرید.", Persian));
        Assert.Empty(Errors("Your MP (Member of Parliament) can help.", "نماینده\u200F (Member of Parliament) می\u200Cتواند کمک کند.", Persian));
    }

    [Theory]
    [InlineData("t.me/mpaide")]
    [InlineData("something.io")]
    [InlineData("aide-migrants.fr/contact")]
    public void A_new_web_address_without_http_or_www_is_refused(string address)
    {
        Assert.Equal(["urls"], Errors("Ask your MP for help.", $"Demandez de l'aide à votre député ({address})."));
    }

    [Fact]
    public void Words_joined_by_a_full_stop_are_not_taken_for_addresses()
    {
        Assert.Empty(Errors("Bring your letters. Ask for help.", "Apportez vos lettres. Demandez de l'aide, p.ex. à un ami, p.sh. një mik, etc."));
    }

    [Fact]
    public void A_translation_too_long_to_typeset_is_refused_at_once()
    {
        var huge = new string('a', MpLeaflets.Units.UnitText.MaxTranslationLength + 1);

        Assert.Equal(["too-long"], Errors("Bring every letter.", huge));
    }
}

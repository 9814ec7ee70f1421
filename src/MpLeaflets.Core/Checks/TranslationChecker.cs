using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Checks;

/// <summary>
/// The quality checks, the one checker behind 'mpleaflets check', the editor (as you type), import
/// and build. Errors block printing: they change a fact, break the Markdown, hide characters that
/// can reorder what is printed, or make a unit too long to typeset. Warnings ask for a second look.
/// </summary>
public static class TranslationChecker
{
    /// <summary>Only the findings that block printing.</summary>
    public static IReadOnlyList<Finding> Errors(TranslationRow row, Language language) =>
        Check(row, language).Where(f => f.Severity == Severity.Error).ToList();

    public static IReadOnlyList<Finding> Check(TranslationRow row, Language language)
    {
        var findings = new List<Finding>();
        if (row.Theirs is { } theirs)
        {
            Error("conflict", $"a merge left two versions of this unit: ours ({Version(row)}) and theirs on line {theirs.Line} ({Version(theirs)})",
                "Choose one in 'mpleaflets edit' (Ctrl+W), or delete one of the two rows and empty the conflict column of the other");
        }
        if (!row.IsActive) { return findings; }
        var t = row.Translation;
        if (t.Trim().Length == 0)
        {
            if (row.State is TranslationState.Translated or TranslationState.Reviewed)
            {
                Error("empty", $"the translation is empty but the state is '{row.State.ToCsv()}'", "Write the translation, or set the state to untranslated");
            }
            return findings;
        }
        if (t.Length > UnitText.MaxTranslationLength)
        {
            // Nothing else is looked at: a text this long is a mistake (a whole file pasted into a cell).
            Error("too-long", $"the translation is {t.Length:N0} characters long; a unit may have at most {UnitText.MaxTranslationLength:N0}",
                "Split the text as the English is split, or check that nothing was pasted into this cell by mistake");
            return findings;
        }
        foreach (var problem in HiddenCharacters.Problems(t))
        {
            Error("controls", problem, "Delete the invisible character (the program keeps numbers and addresses in reading order by itself)");
        }
        CheckFacts(row.Source, t, Error);
        CheckMarkdown(row.Source, t, Error);
        CheckWording(row, language, Warn);
        if (row.State == TranslationState.Reviewed && row.Review is null)
        {
            Warn("sign-off", "reviewed, but no reviewer and date are recorded", "Review it again with 'mpleaflets edit --reviewer NAME' (F3), or fill the reviewer and reviewed_on columns");
        }
        return findings;

        void Error(string check, string message, string fix) => findings.Add(new Finding(Severity.Error, check, row.Id, message, fix));
        void Warn(string check, string message, string fix) => findings.Add(new Finding(Severity.Warning, check, row.Id, message, fix));
    }

    private static string Version(TranslationRow row) =>
        $"{row.State.ToCsv()}{(row.Review is { } r ? " by " + r : "")}: \"{(row.Translation.Length > 50 ? row.Translation[..50] + "…" : row.Translation)}\"";

    private static void CheckFacts(string source, string translation, Action<string, string, string> error)
    {
        var s = Facts.Extract(source);
        var t = Facts.Extract(translation);
        Compare("placeholders", "placeholders", s.Placeholders, t.Placeholders, "Keep every {{placeholder}} exactly as in the English; do not translate the word inside");
        Compare("urls", "web addresses", s.Urls, t.Urls, "Copy every web address exactly as in the English");
        Compare("emails", "e-mail addresses", s.Emails, t.Emails, "Copy every e-mail address exactly as in the English");
        Compare("phones", "phone numbers", s.Phones, t.Phones, "Copy every phone number exactly as in the English, with its spaces");
        Compare("numbers", "numbers", s.Numbers, t.Numbers, "Keep every number of the English, and add none (your language's digits are fine)");

        void Compare(string check, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual, string fix)
        {
            if (!Facts.SameMultiset(expected, actual))
            {
                error(check, $"{what} differ: the English has {Facts.Describe(expected)}, the translation has {Facts.Describe(actual)}", fix);
            }
        }
    }

    private static void CheckMarkdown(string source, string translation, Action<string, string, string> error)
    {
        var expected = MarkdownShape.Of(source);
        var actual = MarkdownShape.Of(translation);
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            error("markdown", $"the Markdown differs from the English (missing: {Facts.Describe(missing)}; added: {Facts.Describe(extra)})",
                "Keep links with their targets, **bold**, *emphasis* and `code` as in the English, and do not start the text with '-', '#' or a number and '.'");
        }
    }

    private static void CheckWording(TranslationRow row, Language language, Action<string, string, string> warn)
    {
        var s = row.Source;
        var t = row.Translation;
        if (LeadingSpace(s) != LeadingSpace(t) || TrailingSpace(s) != TrailingSpace(t))
        {
            warn("whitespace", "spaces at the start or end differ from the English", "Remove spaces at the start and end of the translation");
        }
        if (EndsWithPunctuation(s.TrimEnd()) != EndsWithPunctuation(t.TrimEnd()))
        {
            warn("punctuation", EndsWithPunctuation(s.TrimEnd()) ? "the English ends with punctuation and the translation does not" : "the translation ends with punctuation and the English does not",
                "End the translation as the English ends (a full stop, question mark or none), in your language's punctuation");
        }
        if (t == s && s.Count(char.IsLetter) > 3)
        {
            warn("identical", "the translation is the same as the English", "Translate it, or leave it if it is a name that stays in English");
        }
        if (t.Length > s.Length * 2.5 + 20)
        {
            warn("length", $"the translation is much longer than the English ({t.Length} characters against {s.Length})", "Check nothing was added; long text may not fit on a one-page form");
        }
        if (language.Script != "Latn" && Scripts.ShareIn(language.Script, Facts.WithoutFacts(t)) < 0.5)
        {
            warn("script", $"most letters are not in the {language.Script} script of {language.EnglishName}", "Check the text is in the right language and script");
        }
    }

    private static bool LeadingSpace(string text) => text.Length > 0 && char.IsWhiteSpace(text[0]);

    private static bool TrailingSpace(string text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    /// <summary>Ends with sentence punctuation in any script (., ?, !, :, ۔, ؟, ።, ।, 。 …).</summary>
    private static bool EndsWithPunctuation(string text)
    {
        if (text.Length == 0) { return false; }
        var last = text[^1];
        // Not sentence punctuation: quotes, per cent, and what ends a web address or a symbol (https://members.parliament.uk/).
        return char.GetUnicodeCategory(last) == System.Globalization.UnicodeCategory.OtherPunctuation && last is not ('"' or '\'' or '%' or '/' or '\\' or '#' or '&' or '*' or '@');
    }
}

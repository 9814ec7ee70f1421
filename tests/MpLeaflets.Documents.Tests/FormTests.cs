using MpLeaflets.Translations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig;

namespace MpLeaflets.Tests;

/// <summary>The checklist and consent forms as paper: reading sizes, level write-in lines, two sides at most.</summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed class FormTests(BuiltRepository built)
{
    private static readonly string[] Forms = ["checklist", "consent-supporter", "consent-mp-action"];

    /// <summary>The bottom of the page where the footer is (everything under it is the footer's).</summary>
    private const double FooterZone = 25 * 72 / 25.4;

    public static TheoryData<string> Languages() => new("en", "sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    /// <summary>The languages whose forms carry the English under the reader's text.</summary>
    public static TheoryData<string> Translations() => new("sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_form_prints_the_readers_text_at_12_pt_the_english_at_9_and_the_footer_at_its_own_floor(string language)
    {
        CheckSizes(language, largePrint: false, body: 12, gloss: 9, footer: 8);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_large_print_form_prints_the_readers_text_at_16_pt_the_english_at_12_and_the_footer_at_11(string language)
    {
        CheckSizes(language, largePrint: true, body: 16, gloss: 12, footer: 11);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_write_in_lines_of_a_row_sit_at_one_height(string language)
    {
        var rows = 0;
        foreach (var form in Forms)
        {
            using var pdf = PdfDocument.Open(built.PathOf(language, form));
            foreach (var page in pdf.GetPages())
            {
                var half = page.Width / 2;
                var lines = page.Paths.SelectMany(p => p)
                    .Select(s => s.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                    .Where(r => r.Height < 0.5 && r.Width > 40 && r.Width < page.Width * 0.55).ToList();
                foreach (var line in lines)
                {
                    var left = line.Right < half + 1;
                    var partner = lines.Any(o => (o.Right < half + 1) != left && Math.Abs(o.Bottom - line.Bottom) < 0.5);
                    Assert.True(partner, $"{language} {form} page {page.Number}: a write-in line at y {line.Bottom:0.0} has no line beside it at the same height");
                    rows++;
                }
            }
        }

        Assert.True(rows >= 10, $"only {rows} half-width write-in lines in the {language} forms");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_consent_form_keeps_its_statement_signature_and_date_on_one_side(string language)
    {
        foreach (var form in Forms.Skip(1))
        {
            var pages = Pdfs.Text(built.PathOf(language, form)).Split('\f');
            var signature = pages.Select((p, i) => (p, i)).Where(x => x.p.Contains("Signature", StringComparison.Ordinal)).Select(x => x.i).Single();
            Assert.Contains("DD", pages[signature]);
            Assert.Contains("YYYY", pages[signature]);
            // Every date (birth, how long the consent lasts, the day it is signed) is boxes for DD / MM / YYYY;
            // the first says, in both languages, how to write it: day, month, year of the Gregorian calendar.
            var text = string.Join("\n", pages);
            var dates = built.Project.Documents.Single(d => d.Id == form).Source.Text.Split('\n').Count(l => l.TrimEnd().EndsWith("{.date}", StringComparison.Ordinal));
            Assert.Equal(3, dates);
            Assert.Equal(dates, System.Text.RegularExpressions.Regex.Matches(text, "YYYY").Count);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Gregorian calendar"));
            var birth = pages.Select((p, i) => (p, i)).First(x => x.p.Contains("Date of birth", StringComparison.Ordinal)).i;
            Assert.Contains("Gregorian calendar", pages[birth]);
            var statement = built.Project.Documents.Single(d => d.Id == form).Units.Single(u => u.Source.StartsWith("I agree", StringComparison.Ordinal)).Source;
            Assert.Contains(Pdfs.Letters(statement[..40]), Pdfs.Letters(pages[signature]), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void The_english_of_a_field_label_or_notice_is_never_cut_in_two_after_the_slash(string language)
    {
        // Read back with MuPDF, line by line: the English after a label or a notice is whole on one
        // line, after the reader's text where both fit, else on a line of its own ("… / Other names you"
        // then "have used" at the far side of a right-to-left line was what it did). Large print too.
        var common = built.Project.Documents.Single(d => d.Id == "common").Source.Text.Split('\n');
        string Notice(string id) => common.Single(l => l.EndsWith("{#" + id + "}", StringComparison.Ordinal))[..^(id.Length + 4)];
        foreach (var form in Forms)
        {
            var labels = built.Project.Documents.Single(d => d.Id == form).Source.Text.Split('\n')
                .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(.+?) \{\.(field|date|signature)\b")).Where(m => m.Success)
                .Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(labels);
            labels.Add(Notice("not-reviewed"));
            foreach (var path in new[] { built.PathOf(language, form), Path.Combine(built.Output, language, form + ".large-print.pdf") })
            {
                var lines = Readers.Readers.Read("mutool", path).Split('\n');
                foreach (var label in labels)
                {
                    Assert.True(lines.Any(l => l.Contains(label, StringComparison.Ordinal)), $"{Path.GetFileName(path)} in {language}: no line holds the whole of '{label}'");
                }
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    [InlineData("ta")]
    public void A_large_print_form_on_several_pages_says_on_the_front_of_each_sheet_that_it_goes_on_overleaf(string language)
    {
        foreach (var form in Forms)
        {
            var pages = Pdfs.Text(Path.Combine(built.Output, language, form + ".large-print.pdf")).Split('\f').Where(p => p.Trim().Length > 0).ToList();
            for (var page = 1; page <= pages.Count; page++)
            {
                var says = System.Text.RegularExpressions.Regex.Replace(pages[page - 1], @"\s+", " ").Contains("Continued on the back of this sheet", StringComparison.Ordinal);
                Assert.True(says == (page % 2 == 1 && page < pages.Count), $"{language} {form} large print page {page} of {pages.Count}: {(says ? "says" : "does not say")} it goes on overleaf");
            }
        }
    }

    private void CheckSizes(string language, bool largePrint, double body, double gloss, double footer)
    {
        var translation = language == "en" ? null : built.Project.ReadTranslations(built.Project.Languages.Require(language));
        var englishWords = Words(built.Project.Documents.SelectMany(d => d.Units).Select(u => u.Source));
        var translatedWords = translation is null ? englishWords
            : Words(translation.ActiveRows.Where(r => r.State != TranslationState.Untranslated).Select(r => r.Translation)).Except(englishWords).ToHashSet();
        foreach (var form in Forms)
        {
            var path = Path.Combine(built.Output, language, form + (largePrint ? ".large-print.pdf" : ".pdf"));
            using var pdf = PdfDocument.Open(path);
            foreach (var page in pdf.GetPages())
            {
                foreach (var word in page.GetWords().Where(w => w.Letters.Any(l => char.IsLetter(l.Value, 0))))
                {
                    var size = word.Letters.Min(l => l.PointSize);
                    var where = $"{language} {form}{(largePrint ? " large print" : "")} page {page.Number}: '{word.Text}' at {size:0.#} pt";
                    if (word.BoundingBox.Bottom < FooterZone)
                    {
                        // Nastaliq needs a point more to survive a photocopy (languages.csv: min_size 9).
                        var floor = language == "ur" && !largePrint && word.Text.Any(c => c >= 0x0600) ? 9 : footer;
                        Assert.True(size >= floor - 0.05, where + $" (footer floor {floor})");
                        continue;
                    }
                    Assert.True(size >= gloss - 0.05, where + $" (floor {gloss})");
                    if (translatedWords.Contains(word.Text)) { Assert.True(size >= body - 0.05, where + $" (the reader's text: floor {body})"); }
                }
            }
        }
    }

    private static HashSet<string> Words(IEnumerable<string> texts) =>
        texts.SelectMany(t => t.Split([' ', '\n', ',', '.', '(', ')', ':', '،', '۔', '।', '።', '/', '*', '?', '!', '"'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
}

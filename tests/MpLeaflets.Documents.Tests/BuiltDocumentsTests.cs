using System.Security.Cryptography;
using MpLeaflets.Documents.Build;
using MpLeaflets.Documents;
using MpLeaflets.Units;

namespace MpLeaflets.Tests;

[Collection(BuiltRepositoryCollection.Name)]
public sealed class BuiltDocumentsTests(BuiltRepository built)
{
    public static TheoryData<string> Languages() =>
        new("en", "sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_leaflet_is_built_on_a5_pages_with_a_cover_page(string language)
    {
        var sizes = Pdfs.PageSizes(built.PathOf(language, "leaflet"));

        Assert.InRange(sizes.Count, 3, 16);
        Assert.All(sizes, s =>
        {
            Assert.Equal(Pdfs.A5Width, s.Width, 0.5);
            Assert.Equal(Pdfs.A5Height, s.Height, 0.5);
        });
        var cover = Pdfs.Letters(Pdfs.Text(built.PathOf(language, "leaflet")).Split('\f')[0]);
        var native = language == "en" ? "English" : built.Project.Languages.Require(language).NativeName;
        Assert.Contains(Pdfs.Letters(native), cover, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("zh-Hans")]
    public void The_leaflet_booklet_is_a4_landscape_sheet_sides_for_every_four_pages(string language)
    {
        var pages = Pdfs.PageSizes(built.PathOf(language, "leaflet")).Count;

        var sides = Pdfs.PageSizes(Path.Combine(built.Output, language, "leaflet.booklet.pdf"));

        Assert.Equal((pages + 3) / 4 * 2, sides.Count);
        Assert.All(sides, s =>
        {
            Assert.Equal(Pdfs.A4Height, s.Width, 0.5);
            Assert.Equal(Pdfs.A4Width, s.Height, 0.5);
        });
    }

    [Fact]
    public void Every_checklist_and_consent_form_is_one_a4_sheet_or_fails_saying_by_how_much_it_overflows()
    {
        var oneP = built.Report.Items.Where(i => i.Document is "checklist" or "consent-supporter" or "consent-mp-action").ToList();

        Assert.Equal(14 * 3, oneP.Count);
        foreach (var item in oneP)
        {
            if (item.Outcome == BuildOutcome.Failed)
            {
                Assert.Matches(@"^\S+ \S+: does not fit on both sides of one A4 sheet: it overflows by \d+(\.\d)? mm", item.Message);
                Assert.False(File.Exists(built.PathOf(item.Language, item.Document)), "a failed document leaves no file");
                continue;
            }

            Assert.Equal(BuildOutcome.Built, item.Outcome);
            var sizes = Pdfs.PageSizes(built.PathOf(item.Language, item.Document));
            Assert.InRange(sizes.Count, 1, 2);
            Assert.All(sizes, size => Assert.Equal((Pdfs.A4Width, Pdfs.A4Height), (Math.Round(size.Width, 1), Math.Round(size.Height, 1)), new SizeComparer()));
            Assert.Equal(sizes.Count == 2, item.Message.Contains("both sides of one sheet", StringComparison.Ordinal));
            Assert.StartsWith(sizes.Count == 1 ? "1 page, " : $"{sizes.Count} pages, ", item.Message, StringComparison.Ordinal);
        }

        // The English and at least the Latin, Arabic, Ethiopic and Chinese checklists fit.
        foreach (var language in new[] { "en", "fr", "ar", "ti", "zh-Hans" })
        {
            Assert.Contains(oneP, i => i.Language == language && i.Document == "checklist" && i.Outcome == BuildOutcome.Built);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_text_of_each_document_reads_back_in_the_language(string language)
    {
        var rows = language == "en" ? null : Localizer.RowsById(built.Project.ReadTranslations(built.Project.Languages.Require(language)));
        foreach (var item in built.Report.Items.Where(i => i.Language == language && i.Outcome == BuildOutcome.Built))
        {
            var document = built.Project.Documents.Single(d => d.Id == item.Document);
            var text = Pdfs.Letters(Pdfs.Text(built.PathOf(language, item.Document)));
            // Units never split across pages (headings, tick items, field labels) and the title: every word is there.
            var units = document.Units.Where(u => u.Kind is UnitKind.Title or UnitKind.Heading or UnitKind.Task or UnitKind.Field or UnitKind.Signature)
                .Where(u => !u.Source.Contains('[', StringComparison.Ordinal));
            foreach (var unit in units)
            {
                var expected = rows is null ? unit.Source : rows[unit.Id].Translation;
                var missing = Pdfs.MissingWords(text, expected);
                if (language == "ur" && missing.Count > 0)
                {
                    // pdftotext groups glyphs into lines by position, and Nastaliq sets letters on a
                    // slant: a stacked letter can land on a "line" of its own. Then every letter of the
                    // unit must at least be there (real text, no missing glyph), if not in one word.
                    missing = Pdfs.MissingLetters(text, expected);
                }

                Assert.True(missing.Count == 0,
                    $"{language} {item.Document}: unit {unit.Id} \"{expected}\": [{string.Join(", ", missing)}] not in the PDF's text");
            }
        }

        Assert.Contains(built.Report.Items, i => i.Language == language && i.Document == "leaflet" && i.Outcome == BuildOutcome.Built);
    }

    public static TheoryData<string> Translations() =>
        new("sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    /// <summary>Every translation: Nastaliq's tall lines once pushed the Urdu notice off the cover onto a page of its own.</summary>
    [Theory]
    [MemberData(nameof(Translations))]
    public void An_unreviewed_translation_says_so_on_its_first_page_in_both_languages_and_every_page_says_not_legal_advice(string language)
    {
        var rows = Localizer.RowsById(built.Project.ReadTranslations(built.Project.Languages.Require(language)));
        var notice = rows[CommonStrings.UnitId("not-reviewed")].Translation;
        var english = CommonStrings.English("not-reviewed");
        var legal = rows[CommonStrings.UnitId("not-legal-advice")].Translation;

        foreach (var document in new[] { "leaflet", "checklist", "consent-supporter", "consent-mp-action" })
        {
            var pages = Pdfs.Text(built.PathOf(language, document)).Split('\f', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => p.Trim().Length > 0).ToList();

            // Once, where it is read first: the leaflet's cover, the form's top.
            Assert.Empty(Pdfs.MissingWords(pages[0], notice));
            Assert.Empty(Pdfs.MissingWords(pages[0], english));
            Assert.All(pages, page =>
            {
                Assert.Empty(Pdfs.MissingWords(page, legal));
                Assert.Empty(Pdfs.MissingWords(page, CommonStrings.English("not-legal-advice")));
            });
        }
    }

    [Fact]
    public void The_english_source_carries_no_reviewer_notice_but_its_page_numbers_and_version()
    {
        var text = Pdfs.Letters(Pdfs.Text(built.PathOf("en", "leaflet")));

        Assert.DoesNotContain(Pdfs.Letters(CommonStrings.English("not-reviewed")), text, StringComparison.Ordinal);
        Assert.Contains("Page1of", text, StringComparison.Ordinal);
        Assert.Contains("Version2026-11-27", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_page_numbers_are_in_arabic_indic_digits()
    {
        var text = Pdfs.Text(built.PathOf("ar", "leaflet"));

        Assert.Contains("١", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_lists_every_built_file_with_its_hash_pages_and_unit_states()
    {
        var manifest = Manifest.Read(Path.Combine(built.Output, Manifest.FileName));
        // Both builds of the fixture, normal and large print, are in the one manifest.
        var builtItems = built.Report.Items.Concat(built.LargePrintReport.Items).Where(i => i.Outcome == BuildOutcome.Built).ToList();

        Assert.Equal(builtItems.Sum(i => i.Entries!.Count), manifest.Count);
        foreach (var entry in builtItems.SelectMany(i => i.Entries!))
        {
            var file = Path.Combine(built.Output, entry.Path);
            Assert.Equal(new FileInfo(file).Length, entry.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), entry.Sha256);
            Assert.Equal(Pdfs.PageSizes(file).Count, entry.Pages);
            Assert.True(entry.Units.Values.Sum() > 0);
        }

        Assert.Equal("translated", Assert.Single(manifest["ar/leaflet.pdf"].Units).Key);
        Assert.Contains("ar/leaflet.booklet.pdf", manifest.Keys);
        Assert.Contains("ar/leaflet.large-print.pdf", manifest.Keys);
        Assert.Empty(Directory.EnumerateFiles(built.Output, "*.tmp", SearchOption.AllDirectories));
    }

    private sealed class SizeComparer : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 0.5 && Math.Abs(x.Item2 - y.Item2) < 0.5;

        public int GetHashCode((double, double) obj) => 0;
    }
}

using System.Text.RegularExpressions;
using MpLeaflets.Translations;
using UglyToad.PdfPig;

namespace MpLeaflets.Tests;

/// <summary>
/// Languages nobody coded for print right from their row of languages.csv alone: added with
/// 'add-language', given stand-in translations of a language in the same script, built.
/// </summary>
public sealed class NewLanguageTests
{
    public static TheoryData<string, string[], string, bool, string> Languages => new()
    {
        // code, add-language options, stand-in translations, right to left, page 2 of 7 in the profile's digits
        { "prs", ["--name", "Dari", "--native-name", "دری", "--direction", "rtl", "--script", "Arab", "--fonts", "Noto Naskh Arabic", "--digits", "arabext"], "fa", true, "۲" },
        { "om", ["--name", "Oromo", "--native-name", "Afaan Oromoo", "--direction", "ltr", "--script", "Latn"], "sq", false, "2" },
        { "kmr", ["--name", "Kurmanji Kurdish", "--native-name", "Kurmancî", "--direction", "ltr", "--script", "Latn"], "fr", false, "2" },
        { "ug", ["--name", "Uyghur", "--native-name", "ئۇيغۇرچە", "--direction", "rtl", "--script", "Arab", "--fonts", "Noto Naskh Arabic", "--digits", "latn"], "ar", true, "2" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_added_with_add_language_alone_builds_all_four_documents_in_its_direction_and_digits(
        string code, string[] options, string standIn, bool rightToLeft, string two)
    {
        using var project = TempProject.CopyOfRepository();
        Assert.Equal(0, Cli.Run(project.Root, ["add-language", code, .. options]).ExitCode);
        var text = project.Read($"translations/{standIn}.csv");
        if (code == "kmr") { text = text.Replace('é', 'ş'); } // Kurmanji's ş with French's ê, î, û, ç
        File.WriteAllText(project.PathOf($"translations/{code}.csv"), text);

        var build = Cli.Run(project.Root, "build", "--lang", code);

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("4 built, 0 unchanged, 0 skipped, 0 failed", build.Out);
        Assert.True(File.Exists(project.PathOf($"output/{code}/leaflet.booklet.pdf")));
        var leaflet = project.PathOf($"output/{code}/leaflet.pdf");
        foreach (var (reader, extracted) in Pdfs.TextInEveryReader(leaflet))
        {
            var digits = code switch { "prs" => "۰-۹", _ => "0-9" };
            // The footer's date in the profile's digits (in reading order: MuPDF reads Arabic script
            // in drawing order until the PDF writer of its own lands, so only the digits are checked there).
            Assert.Matches(new Regex(reader == "mutool" && rightToLeft ? $"[{digits}]{{2}}" : $"[{digits}]{{4}}-[{digits}]{{2}}-[{digits}]{{2}}"), extracted);
            Assert.True(extracted.Contains(two, StringComparison.Ordinal), $"{reader}: page numbers in the profile's digits");
            if (code == "kmr") { Assert.All("êîûçş", c => Assert.Contains(c, extracted)); }
        }
        Assert.Equal(rightToLeft, Layout.RightAligned(leaflet, page: 2));
        Assert.Equal(rightToLeft, Layout.BulletsOnTheRight(leaflet));
    }

    [Fact]
    public void Page_numbers_dates_and_list_numbers_all_take_the_digits_of_the_languages_row()
    {
        using var project = TempProject.With(new Dictionary<string, string>
        {
            ["leaflet.md"] = "---\nid: leaflet\nkind: leaflet\ntitle: Steps\nversion: 2026-11-27\n---\n\nDo this:\n\n1. First step\n2. Second step\n3. Third step\n",
        }, "code,english_name,native_name,direction,script,fonts,digits,line_height,line_height_forms,min_size\nxta,Test Tamil digits,Test,ltr,Latn,Noto Sans,tamldec,,,\n");
        Assert.Equal(0, Cli.Run(project.Root, "sync").ExitCode);
        var path = project.PathOf("translations/xta.csv");
        var file = TranslationFile.Read(path, "xta");
        file.WithRows([.. file.Rows.Select(r => r with { Translation = "T " + r.Source, State = TranslationState.Translated })]).Write(path);

        var build = Cli.Run(project.Root, "build", "--lang", "xta");

        Assert.Equal(0, build.ExitCode);
        var text = Pdfs.TextInEveryReader(project.PathOf("output/xta/leaflet.pdf")).First().Text;
        Assert.Contains("௧.", text); // list numbers
        Assert.Contains("௩.", text);
        Assert.Contains("௨௦௨௬-௧௧-௨௭", text); // the version date in the footer
        Assert.DoesNotMatch("[0-9]", text.Replace("Test", "", StringComparison.Ordinal));
    }

    /// <summary>Where text and bullets sit on a page, read back with PdfPig.</summary>
    private static class Layout
    {
        /// <summary>Whether the lines of a body page share their right edge rather than their left.</summary>
        public static bool RightAligned(string path, int page)
        {
            using var pdf = PdfDocument.Open(path);
            var lines = pdf.GetPage(page).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .GroupBy(l => Math.Round(l.BoundingBox.Bottom))
                .Where(g => g.Count() > 12)
                .Select(g => (Left: g.Min(l => l.BoundingBox.Left), Right: g.Max(l => l.BoundingBox.Right)))
                .ToList();
            Assert.True(lines.Count >= 5, $"page {page} has too few lines to tell");
            return Spread(lines.Select(l => l.Right)) < Spread(lines.Select(l => l.Left));
        }

        /// <summary>Whether the leaflet's bullets are drawn on the right half of their pages.</summary>
        public static bool BulletsOnTheRight(string path)
        {
            using var pdf = PdfDocument.Open(path);
            var bullets = pdf.GetPages().SelectMany(p => p.Letters.Where(l => l.Value == "•").Select(l => l.BoundingBox.Left / p.Width)).ToList();
            Assert.NotEmpty(bullets);
            Assert.True(bullets.All(x => x > 0.5) || bullets.All(x => x < 0.5), "bullets on both sides");
            return bullets[0] > 0.5;
        }

        private static double Spread(IEnumerable<double> values)
        {
            var list = values.Order().ToList();
            // The middle half of the lines: a short last line of a paragraph does not count.
            return list[list.Count * 3 / 4] - list[list.Count / 4];
        }
    }
}

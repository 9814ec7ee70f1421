using System.Diagnostics;
using MpLeaflets.Content;
using MpLeaflets.Documents;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting;
using UglyToad.PdfPig;

namespace MpLeaflets.Tests;

/// <summary>
/// The foot of every page: two lines at most, whole words, nothing dangling. Each document's own
/// footer, as its builder makes it for its first and last page, is printed on a strip of paper of
/// the page's width and read back, so nothing of the page body can be mistaken for it.
/// </summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed class FooterTests(BuiltRepository built)
{
    public static TheoryData<string> Languages() => new("en", "sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_footer_has_at_most_two_lines_of_whole_words_and_no_dangling_separator(string code)
    {
        var language = code == EnglishLanguage.Code ? EnglishLanguage.Instance : built.Project.Languages.Require(code);
        var rows = code == EnglishLanguage.Code ? new Dictionary<string, Translations.TranslationRow>() : Localizer.RowsById(built.Project.ReadTranslations(language));
        var common = built.Project.Documents.Single(d => d.Id == CommonStrings.DocumentId);
        var problems = new List<string>();
        foreach (var document in built.Project.Documents.Where(d => DocumentBuilder.IsPrinted(d.Source.Kind)))
        {
            var doc = Localizer.Localize(document, common, language, rows, allowEnglishFallback: false).Document!;
            foreach (var largePrint in new[] { false, true })
            {
                var settings = DocumentBuilder.Build(doc, largePrint).Settings;
                var pages = DocumentBuilder.Build(doc, largePrint).Layout().PageCount;
                foreach (var page in new[] { 1, pages }.Distinct())
                {
                    var where = $"{code} {document.Id}{(largePrint ? " large print" : "")} page {page} of {pages}";
                    var pdf = Strip(settings, settings.Footer!(new PageInfo(page, pages, settings.Digits))!);
                    using (var read = PdfDocument.Open(pdf))
                    {
                        var strip = read.GetPage(1);
                        // The front of each sheet a form goes on from says "continued on the back" on a line above the footer.
                        var letters = strip.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                        var continued = document.Source.Kind != DocumentKind.Leaflet && page < pages && page % 2 == 1;
                        if (continued && largePrint)
                        {
                            // In large print that line is at the form's sizes (16 and 12 pt), the footer at 11.
                            letters = letters.Where(l => l.PointSize <= 11.5).ToList();
                        }
                        else if (continued)
                        {
                            // The line above the footer on the front of a two-sided form is not the footer's: the topmost line of letters.
                            var byHeight = letters.OrderByDescending(l => l.StartBaseLine.Y).ToList();
                            var end = 1;
                            while (end < byHeight.Count && byHeight[end - 1].StartBaseLine.Y - byHeight[end].StartBaseLine.Y <= 0.9 * byHeight[end].PointSize) { end++; }
                            letters = byHeight.Skip(end).ToList();
                        }
                        // Two columns (the notice on the start side, the date and page number on the end side): each has two lines at most.
                        var middle = Middle(letters);
                        foreach (var column in letters.GroupBy(l => l.BoundingBox.Left < middle))
                        {
                            var lines = Lines(column.Select(l => l.StartBaseLine.Y), 0.9 * column.Max(l => l.PointSize));
                            if (lines > 2) { problems.Add($"{where}: {lines} lines in a column"); }
                        }
                    }

                    // Where the letters sit on the strip, as on paper: no line starts or ends (at either edge) with a separator.
                    using (var read = PdfDocument.Open(pdf))
                    {
                        var glyphs = read.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                        foreach (var line in glyphs.GroupBy(l => Math.Round(l.StartBaseLine.Y)))
                        {
                            var byX = line.OrderBy(l => l.BoundingBox.Left).ToList();
                            foreach (var edge in new[] { byX[0], byX[^1] }.Where(l => l.Value is "/" or "·"))
                            {
                                problems.Add($"{where}: a separator dangles at the edge of '{string.Concat(byX.Select(l => l.Value))}'");
                            }
                        }
                    }

                    // And as poppler reads it out in reading order, the way a person copying it gets it.
                    foreach (var line in Text(pdf).Split('\n').Select(l => l.Trim(' ', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C')).Where(l => l.Length > 0 && !language.IsRightToLeft))
                    {
                        if (line[0] is '/' or '·' || line[^1] is '/' or '·') { problems.Add($"{where}: a separator dangles: '{line}'"); }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(12)));
    }

    /// <summary>A PDF of just the footer block, on a strip as wide as the page.</summary>
    private static byte[] Strip(DocumentSettings settings, Block footer)
    {
        var probe = new TypesetDocument(settings with
        {
            PageSize = new PageSize(settings.PageSize.Width, Points.FromMm(100)),
            Margins = new Margins(Points.FromMm(5), settings.Margins.Right, 0, settings.Margins.Left),
            Footer = null,
            Header = null,
        }).Add(footer);
        using var stream = new MemoryStream();
        probe.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>The x of the widest vertical strip without a letter: the gap between the footer's two columns.</summary>
    private static double Middle(List<UglyToad.PdfPig.Content.Letter> letters)
    {
        var spans = letters.Select(l => (l.BoundingBox.Left, l.BoundingBox.Right)).OrderBy(s => s.Left).ToList();
        double reach = spans[0].Right, best = 0, middle = reach;
        foreach (var (left, right) in spans.Skip(1))
        {
            if (left - reach > best) { best = left - reach; middle = (left + reach) / 2; }
            reach = Math.Max(reach, right);
        }
        return middle;
    }

    /// <summary>How many lines the baselines make: marks raised or lowered (Nastaliq stacks) belong to their letter's line.</summary>
    private static int Lines(IEnumerable<double> baselines, double within)
    {
        var sorted = baselines.Order().ToList();
        return sorted.Count == 0 ? 0 : 1 + sorted.Zip(sorted.Skip(1)).Count(p => p.Second - p.First > within);
    }

    private static string Text(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            var info = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally { File.Delete(path); }
    }
}

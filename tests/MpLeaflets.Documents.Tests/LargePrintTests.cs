using UglyToad.PdfPig;

namespace MpLeaflets.Tests;

public sealed class LargePrintTests
{
    [Fact]
    public void Large_print_makes_a4_versions_of_every_document_with_the_readers_text_at_16_pt_or_more()
    {
        using var project = TempProject.CopyOfRepository();

        var result = Cli.Run(project.Root, "build", "--large-print", "--lang", "ar,en");

        Assert.Equal(0, result.ExitCode);
        foreach (var language in new[] { "ar", "en" })
        {
            foreach (var document in new[] { "leaflet", "checklist", "consent-supporter", "consent-mp-action" })
            {
                var path = project.PathOf($"output/{language}/{document}.large-print.pdf");
                using var pdf = PdfDocument.Open(path);
                Assert.All(pdf.GetPages(), p => Assert.Equal((Pdfs.A4Width, Pdfs.A4Height), (p.Width, p.Height), new SizeComparer()));
                // The reader's own letters (Arabic script, or Latin in English): the median size, so
                // the small footer and the English under Arabic items do not decide it.
                var sizes = pdf.GetPages().SelectMany(p => p.Letters)
                    .Where(l => l.Value.Length > 0 && char.IsLetter(l.Value[0]) && (language == "en" || l.Value[0] >= 0x0600))
                    .Select(l => l.PointSize).Order().ToList();
                Assert.True(sizes[sizes.Count / 2] >= 15.9, $"{language} {document}: median letter size {sizes[sizes.Count / 2]:0.0} pt");
            }
        }
    }

    private sealed class SizeComparer : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) < 1 && Math.Abs(a.Item2 - b.Item2) < 1;

        public int GetHashCode((double, double) obj) => 0;
    }
}

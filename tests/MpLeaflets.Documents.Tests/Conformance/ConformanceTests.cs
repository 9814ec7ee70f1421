using System.Diagnostics;
using MpLeaflets.Tests.Conformance;

namespace MpLeaflets.Tests;

/// <summary>
/// Every PDF the build writes (documents, booklets, packs) against the checks a person's tools rely
/// on: the Matterhorn-style checks of PDF/UA-1, qpdf --check, and pdfinfo's word that it is tagged.
/// </summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed class ConformanceTests(BuiltRepository built)
{
    private IEnumerable<string> Files => Directory.GetFiles(built.Output, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_built_pdf_passes_the_matterhorn_style_checks()
    {
        var files = Files.ToList();
        var problems = new List<string>();
        var glyphs = 0;
        foreach (var file in files)
        {
            var checks = MatterhornChecks.Run(file);
            glyphs += checks.Glyphs;
            problems.AddRange(checks.Problems.Distinct().Take(5).Select(p => Path.GetRelativePath(built.Output, file) + ": " + p));
        }

        Assert.True(files.Count >= 74, $"only {files.Count} PDFs were built");
        Assert.True(glyphs > 100_000, $"only {glyphs} glyphs were checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }

    [Fact]
    public void Every_built_pdf_passes_qpdf_check_and_pdfinfo_says_it_is_tagged()
    {
        var bad = new List<string>();
        foreach (var file in Files)
        {
            var (code, output) = Run("qpdf", "--check", file);
            if (code != 0 || !output.Contains("No syntax or stream encoding errors", StringComparison.Ordinal)) { bad.Add($"{file}: qpdf {code}: {output}"); }
            var (_, info) = Run("pdfinfo", file);
            if (!info.Contains("Tagged:          yes", StringComparison.Ordinal) || !info.Contains("PDF version:     1.7", StringComparison.Ordinal))
            {
                bad.Add($"{file}: pdfinfo: {info}");
            }

            if (info.Contains("Syntax Error", StringComparison.Ordinal)) { bad.Add($"{file}: {info}"); }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(10)));
    }

    [Fact]
    public void Each_english_gloss_on_a_bilingual_page_is_a_span_in_english()
    {
        var checks = MatterhornChecks.Run(built.PathOf("ar", "checklist"));

        Assert.Contains("Span:en", checks.SpanLanguages);
        Assert.DoesNotContain(checks.SpanLanguages, l => l.EndsWith(":ar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leaflet_reads_as_headings_paragraphs_and_lists()
    {
        var types = MatterhornChecks.Run(built.PathOf("en", "leaflet")).Types.Select(t => t.Trim()).ToList();

        Assert.Equal("Document", types[0]);
        Assert.Contains("H1", types);
        Assert.Contains("H2", types);
        Assert.Contains("P", types);
        Assert.True(types.IndexOf("L") >= 0 && types[types.IndexOf("L") + 1] == "LI" && types.Contains("Lbl") && types.Contains("LBody"));
    }

    [Fact]
    public void A_checklist_is_a_list_of_items_and_a_pack_is_a_part_per_document()
    {
        var checklist = MatterhornChecks.Run(built.PathOf("en", "checklist")).Types.Select(t => t.Trim()).ToList();
        var pack = Directory.GetFiles(Path.Combine(built.Output, "packs"), "*.pdf").Order(StringComparer.Ordinal).First();
        var parts = MatterhornChecks.Run(pack).Types.Count(t => t.Trim() == "Part");

        Assert.True(checklist.Count(t => t == "LI") >= 10, string.Join(",", checklist));
        Assert.True(parts >= 3, $"{parts} parts in {pack}");
    }

    private static (int Code, string Output) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException(tool + " is not installed");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}

using System.Globalization;
using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Documents;
using MpLeaflets.Documents.Build;

namespace MpLeaflets.Tests.Readers;

/// <summary>
/// The text a person gets back when they copy, search or listen to a built leaflet, in four readers:
/// word recall per language and reader against the translation, and no replacement or NUL
/// characters. Set MPLEAFLETS_READ_OUTPUT to an output folder to measure another build (e.g. an
/// older one) with the same harness; the table is printed either way.
/// </summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed class TextLayerTests(BuiltRepository built, ITestOutputHelper output)
{
    private static readonly string[] ArabicScript = ["ar", "fa", "ps", "ur", "ckb"];

    private static readonly string[] All = ["en", "sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr"];

    public static TheoryData<string> Languages() => new(All);

    private string Output => Environment.GetEnvironmentVariable("MPLEAFLETS_READ_OUTPUT") is { Length: > 0 } other ? other : built.Output;

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_reader_gives_back_the_words_of_the_leaflet(string language)
    {
        var path = Path.Combine(Output, language, "leaflet.pdf");
        var expected = LeafletText(language);
        var failures = new List<string>();
        foreach (var reader in Readers.Names)
        {
            var (recall, missed) = WordRecall.Of(expected, Readers.Read(reader, path));
            var target = Target(language, reader);
            output.WriteLine($"{language} {reader}: {recall:0.0000} (target {target:0.000})");
            if (recall < target)
            {
                failures.Add($"{reader}: recall {recall:0.000} < {target:0.00} ({missed.Count} missed); e.g. {string.Join(" | ", missed.Distinct().Take(40))}");
            }
        }

        Assert.True(failures.Count == 0, $"{language}: " + string.Join("\n", failures));
    }

    [Fact]
    public void No_reader_gives_a_replacement_character_or_nul_in_any_built_pdf()
    {
        var files = Directory.GetFiles(Output, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var pdfjs = Readers.PdfJs(files);
        var bad = new List<string>();
        foreach (var file in files)
        {
            foreach (var reader in Readers.Names)
            {
                var text = reader == "pdf.js" ? pdfjs[file] : Readers.Read(reader, file);
                var count = text.Count(c => c is '\uFFFD' or '\0');
                if (count > 0) { bad.Add($"{Path.GetRelativePath(Output, file)} {reader}: {count}"); }
            }
        }

        Assert.True(bad.Count == 0, "U+FFFD or U+0000 in: " + string.Join(", ", bad));
    }

    [Fact]
    public void The_recall_table_of_every_language_and_reader_is_printed()
    {
        var sb = new StringBuilder("| lang | " + string.Join(" | ", Readers.Names) + " |\n|---|---|---|---|---|\n");
        var languages = All.Where(l => File.Exists(Path.Combine(Output, l, "leaflet.pdf"))).ToList();
        var pdfjs = Readers.PdfJs(languages.Select(l => Path.Combine(Output, l, "leaflet.pdf")).ToList());
        foreach (var language in languages)
        {
            var path = Path.Combine(Output, language, "leaflet.pdf");
            var expected = LeafletText(language);
            var cells = Readers.Names.Select(r => WordRecall.Of(expected, r == "pdf.js" ? pdfjs[path] : Readers.Read(r, path)).Recall)
                .Select(r => r.ToString("0.00", CultureInfo.InvariantCulture));
            sb.Append("| ").Append(language).Append(" | ").AppendJoin(" | ", cells).Append(" |\n");
        }

        output.WriteLine(sb.ToString());
        var table = Path.Combine(Path.GetTempPath(), "mpleaflets-recall.md");
        File.WriteAllText(table, sb.ToString());
        Assert.True(File.Exists(table));
    }

    /// <summary>
    /// Issue 13's targets: 0.98 in pdftotext for every language; 0.95 in MuPDF and pdf.js outside
    /// Arabic script, 0.90 in MuPDF for Arabic script; pdf.js on Arabic script is reported (it reads
    /// right-to-left text drawn in reading order as letters without spaces; see docs/pdf.md).
    /// Arabic script is closest to its pdftotext target (Urdu 0.980, Sorani 0.981): poppler's
    /// reading-order mode gives the space on the left of a Latin run or number inside right-to-left
    /// text to that run (`020 7219 3000تەلەفۆن`), whatever the PDF says; facts kept whole on their
    /// lines (issue 12) left fewer such runs at line ends.
    /// </summary>
    internal static double Target(string language, string reader) => reader switch
    {
        "pdftotext" => 0.98,
        "mutool" => ArabicScript.Contains(language) ? 0.90 : 0.95,
        "pdf.js" => ArabicScript.Contains(language) ? 0 : 0.95,
        _ => 0,
    };

    /// <summary>What the leaflet prints of the translation: title, subtitle, audience line and body, Markdown stripped.</summary>
    private string LeafletText(string code)
    {
        var project = built.Project;
        var language = code == EnglishLanguage.Code ? EnglishLanguage.Instance : project.Languages.Require(code);
        var document = project.Documents.First(d => d.Id == "leaflet");
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var (rows, _) = PdfBuild.ReadRows(project, language);
        var localized = Localizer.Localize(document, common, language, rows, allowEnglishFallback: false).Document!;
        var parts = new List<string> { localized.Title, localized.Subtitle ?? "", localized.String("audience") };
        parts.AddRange(MarkdownToBlocks.Read(localized.Markdown).Select(b => b.Text));
        return string.Join("\n", parts);
    }
}

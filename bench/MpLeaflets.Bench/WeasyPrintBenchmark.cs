using System.Diagnostics;
using System.Globalization;
using System.Text;
using Markdig;
using MpLeaflets.Content;
using MpLeaflets.Documents;
using MpLeaflets.Units;

namespace MpLeaflets.Bench;

/// <summary>
/// The leaflet (English and Arabic) written by our engine and by WeasyPrint side by side, in one run,
/// from the same text and the same Noto fonts: pages, bytes per page and warm pages per second (one
/// thread each; WeasyPrint through its Python API in one process, so its start-up is not counted).
/// WeasyPrint comes from Debian: apt-get update &amp;&amp; apt-get install -y weasyprint.
/// </summary>
internal static class WeasyPrintBenchmark
{
    private const int Rounds = 10;

    public static int Run(string? projectRoot)
    {
        var root = projectRoot ?? BuildBenchmark.FindRoot();
        var project = ContentProject.Load(root);
        var fonts = Path.Combine(root, "fonts", "cache");
        var hasWeasyPrint = Python("import weasyprint", out _) == 0;
        if (!hasWeasyPrint)
        {
            Console.WriteLine("WeasyPrint is not installed: apt-get update && apt-get install -y weasyprint (only our figures follow)");
        }

        Console.WriteLine($"leaflet, A5, 12 pt, {Rounds} warm rounds after one cold one, one thread");
        Console.WriteLine("lang | writer      | pages |   bytes | KB/page | pages/s");
        foreach (var code in new[] { "en", "ar" })
        {
            var language = code == EnglishLanguage.Code ? EnglishLanguage.Instance : project.Languages.Require(code);
            var doc = Localize(project, language);
            var (pages, bytes, perSecond) = Ours(doc);
            Console.WriteLine($"{code,-4} | MP Leaflets  | {pages,5} | {bytes,7} | {bytes / 1024.0 / pages,7:0.00} | {perSecond,7:0}");
            if (hasWeasyPrint)
            {
                var (wPages, wBytes, wPerSecond) = Weasy(doc, fonts);
                Console.WriteLine($"{code,-4} | WeasyPrint   | {wPages,5} | {wBytes,7} | {wBytes / 1024.0 / wPages,7:0.00} | {wPerSecond,7:0}");
                Console.WriteLine($"{code,-4} | ours/theirs  |       | {bytes / (double)wBytes,7:0.00} | {(bytes / (double)pages) / (wBytes / (double)wPages),7:0.00} | {perSecond / wPerSecond,6:0.0}x");
            }
        }

        return 0;
    }

    private static LocalizedDocument Localize(ContentProject project, Language language)
    {
        var leaflet = project.Documents.First(d => d.Source.Kind == DocumentKind.Leaflet);
        var common = project.Documents.FirstOrDefault(d => d.Id == "common");
        var rows = language.Code == EnglishLanguage.Code ? new Dictionary<string, Translations.TranslationRow>() : Localizer.RowsById(project.ReadTranslations(language));
        return Localizer.Localize(leaflet, common, language, rows, allowEnglishFallback: true).Document!;
    }

    private static (int Pages, long Bytes, double PerSecond) Ours(LocalizedDocument doc)
    {
        var (pages, bytes) = Once(doc);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++) { Once(doc); }
        clock.Stop();
        return (pages, bytes, pages * Rounds / clock.Elapsed.TotalSeconds);
    }

    private static (int Pages, long Bytes) Once(LocalizedDocument doc)
    {
        using var sink = new MemoryStream();
        var result = DocumentBuilder.Build(doc).WriteTo(sink);
        return (result.PageCount, result.Bytes);
    }

    private static (int Pages, long Bytes, double PerSecond) Weasy(LocalizedDocument doc, string fonts)
    {
        var folder = Directory.CreateTempSubdirectory("mpleaflets-weasy-").FullName;
        try
        {
            var html = Path.Combine(folder, "leaflet.html");
            File.WriteAllText(html, Html(doc, fonts));
            var script = $"""
                import time, weasyprint
                doc = weasyprint.HTML(filename={Quote(html)})
                pdf = doc.write_pdf()
                start = time.perf_counter()
                for _ in range({Rounds}):
                    rendered = weasyprint.HTML(filename={Quote(html)}).render()
                    pdf = rendered.write_pdf()
                elapsed = time.perf_counter() - start
                print(len(rendered.pages), len(pdf), elapsed)
                """;
            if (Python(script, out var output) != 0)
            {
                throw new InvalidOperationException("WeasyPrint failed: " + output);
            }

            var parts = output.Trim().Split(' ');
            var pages = int.Parse(parts[0], CultureInfo.InvariantCulture);
            return (pages, long.Parse(parts[1], CultureInfo.InvariantCulture), pages * Rounds / double.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The leaflet's text as HTML with the same page size, margins, size, line height and fonts as ours.</summary>
    private static string Html(LocalizedDocument doc, string fonts)
    {
        var rtl = doc.Language.IsRightToLeft;
        var family = rtl ? "NotoNaskhArabic" : "NotoSans";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{doc.Language.Code}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"><title>{Escape(doc.Title)}</title><style>");
        foreach (var (face, weight) in new[] { (family, "400Regular"), (family, "700Bold"), ("NotoSans", "400Regular"), ("NotoSans", "700Bold") })
        {
            sb.Append(CultureInfo.InvariantCulture, $"@font-face {{ font-family: '{face}'; font-weight: {(weight.StartsWith('7') ? 700 : 400)}; src: url('file://{fonts}/{face}_{weight}.ttf'); }}");
        }

        // Our leaflet's geometry: 15 mm margins, the footer's lines below the text, 12 pt at 1.4, 0.6 em
        // after a paragraph, headings 1.25 and 1.1 × with 0.4 em after, list items 0.3 em apart.
        var footer = $"{doc.String("version").Replace("{{date}}", doc.Document.Source.Version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)} · {doc.Language.NativeName} · {doc.String("not-legal-advice")}";
        sb.Append(CultureInfo.InvariantCulture, $"@page {{ size: A5; margin: 15mm 15mm 22mm; @bottom-center {{ content: '{footer.Replace("'", "\\'", StringComparison.Ordinal)} ' counter(page); font-size: 7.5pt; }} }}")
            .Append(CultureInfo.InvariantCulture, $"body {{ font-family: '{family}', 'NotoSans'; font-size: 12pt; line-height: 1.4; margin: 0; }}")
            .Append("p { margin: 0 0 7.2pt; } li { margin: 0 0 3.6pt; } ul, ol { margin: 0 0 7.2pt; } h1 { font-size: 16.8pt; margin: 0 0 12pt; }")
            .Append("h2 { font-size: 15pt; line-height: 1.25; margin: 0 0 4.8pt; } h3 { font-size: 13.2pt; line-height: 1.25; margin: 0 0 4.8pt; }")
            .Append(".cover { page-break-after: always; }</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"cover\"><p><b>{Escape(doc.Language.NativeName)}</b></p><hr><h1>{Escape(doc.Title)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{Escape(doc.Subtitle ?? "")}</p><p>{Escape(doc.String("audience"))}</p></div>")
            .Append(Markdown.ToHtml(doc.Markdown, MarkdownPipelines.Content))
            .Append("</body></html>");
        return sb.ToString();
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static int Python(string script, out string output)
    {
        // Debian's python3, which has the weasyprint package (another python3 may come first on PATH).
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python, ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            output += process.ExitCode == 0 ? "" : error.Result;
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = "python3 not found";
            return 127;
        }
    }
}

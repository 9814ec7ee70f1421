using System.Diagnostics;
using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Documents;
using MpLeaflets.Text;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Bench;

/// <summary>
/// Oversized input, timed: a 5 MB translation cell (check, then build, both refuse it), a 2 MB
/// English paragraph (refused when the project is read), and how typesetting time grows with the
/// length of one paragraph (English and Arabic, 5,000 to 80,000 characters): the time per 1,000
/// characters should stay flat, since line breaking and slicing cost each line its own length.
/// </summary>
internal static class LimitsBenchmark
{
    public static int Run(string? projectRoot)
    {
        var root = projectRoot ?? BuildBenchmark.FindRoot();
        var copy = Directory.CreateTempSubdirectory("mpleaflets-limits-").FullName;
        try
        {
            Copy(Path.Combine(root, "content"), Path.Combine(copy, "content"));
            Copy(Path.Combine(root, "translations"), Path.Combine(copy, "translations"));
            HugeCell(copy);
            HugeParagraph(copy);
            Linearity();
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void HugeCell(string root)
    {
        var project = ContentProject.Load(root);
        var french = project.Languages.Require("fr");
        var path = project.TranslationPath("fr");
        var file = TranslationFile.Read(path, "fr");
        var cell = string.Concat(Enumerable.Repeat("Un texte beaucoup trop long. ", 5 * 1024 * 1024 / 29 + 1))[..(5 * 1024 * 1024)];
        var target = file.Rows.First(r => r.DocumentId == "leaflet" && r.State == TranslationState.Translated && r.Source.Length > 40);
        file.WithRows([.. file.Rows.Select(r => r.Id == target.Id ? r with { Translation = cell } : r)]).Write(path);

        var clock = Stopwatch.StartNew();
        var reread = TranslationFile.Read(path, "fr");
        var errors = reread.Rows.Sum(r => TranslationChecker.Errors(r, french).Count);
        Console.WriteLine($"5 MB cell: read and checked in {clock.ElapsedMilliseconds} ms ({errors} error: too long)");

        clock.Restart();
        var output = Path.Combine(root, "output");
        var report = PdfBuild.Run(project, new BuildRequest(output, [french], ["leaflet"]));
        Console.WriteLine($"5 MB cell: build refused it in {clock.ElapsedMilliseconds} ms ({report.Count(BuildOutcome.Skipped)} skipped, {report.Count(BuildOutcome.Built)} built)");
    }

    private static void HugeParagraph(string root)
    {
        var leaflet = Path.Combine(root, "content", "documents", "leaflet.md");
        var paragraph = string.Concat(Enumerable.Repeat("A paragraph far too long to print. ", 2 * 1024 * 1024 / 35 + 1))[..(2 * 1024 * 1024)];
        File.AppendAllText(leaflet, "\n" + paragraph + "\n");
        var clock = Stopwatch.StartNew();
        try
        {
            ContentProject.Load(root);
            Console.WriteLine("2 MB paragraph: NOT refused");
        }
        catch (ContentException e)
        {
            Console.WriteLine($"2 MB paragraph: refused in {clock.ElapsedMilliseconds} ms ({e.Problem})");
        }
    }

    private static void Linearity()
    {
        foreach (var (language, sentence) in new[] { ("en", "Your MP can ask the Home Office about your case. "), ("ar", "يمكن لنائبك أن يسأل وزارة الداخلية (Home Office) عن قضيتك. ") })
        {
            var profile = Profiles.For(language);
            Typeset(profile, sentence, 2_000); // warm up: fonts loaded, code jitted
            foreach (var length in new[] { 5_000, 20_000, 80_000, 320_000 })
            {
                var clock = Stopwatch.StartNew();
                var pages = Typeset(profile, sentence, length);
                var ms = clock.Elapsed.TotalMilliseconds;
                Console.WriteLine($"typesetting one {language} paragraph of {length,6:N0} characters: {ms,7:0} ms, {pages,3} A5 pages, {ms / (length / 1000.0),5:0.0} ms per 1,000 characters");
            }
        }
    }

    private static int Typeset(LanguageProfile profile, string sentence, int length)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
        var settings = new DocumentSettings(PageSize.A5, Margins.Millimetres(15), LanguageTypography.Text(profile, 12),
            new DocumentMetadata("Limits", "MP Leaflets", "Benchmark", Date: new DateTime(2026, 12, 1)));
        var doc = new TypesetDocument(settings).Add(new Paragraph(text));
        using var sink = new MemoryStream();
        return doc.WriteTo(sink).PageCount;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

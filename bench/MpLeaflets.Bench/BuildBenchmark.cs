using System.Diagnostics;
using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Documents;

namespace MpLeaflets.Bench;

/// <summary>
/// The whole default build (English and every language × every document, and every pack) into a
/// temporary folder, forced, twice in one process: the first run is cold (fonts loaded, code
/// jitted), the second warm. Prints wall time, files, pages, bytes and the process's peak memory.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(string? projectRoot)
    {
        var root = projectRoot ?? FindRoot();
        var project = ContentProject.Load(root);
        var output = Directory.CreateTempSubdirectory("mpleaflets-bench-").FullName;
        try
        {
            var request = new BuildRequest(output, [EnglishLanguage.Instance, .. project.Languages.Languages], Force: true)
            {
                PackIds = project.Packs.Select(p => p.Id).ToList(),
            };
            Console.WriteLine($"full build: {request.Languages.Count} languages, {project.Documents.Count(d => d.Source.Kind != DocumentKind.Strings)} documents, {project.Packs.Count} packs, {request.Parallelism} threads");
            foreach (var label in new[] { "cold", "warm" })
            {
                var clock = Stopwatch.StartNew();
                var report = PdfBuild.Run(project, request);
                clock.Stop();
                var entries = report.Items.SelectMany(i => i.Entries ?? []).ToList();
                Console.WriteLine(
                    $"{label}: {clock.Elapsed.TotalSeconds:0.00} s, {entries.Count} files, {entries.Sum(e => e.Pages)} pages, " +
                    $"{entries.Sum(e => e.Bytes) / 1024.0 / 1024.0:0.0} MB, {report.Count(BuildOutcome.Failed)} failed; " +
                    $"peak memory so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "languages.csv"))) { return dir.FullName; }
        }
        throw new InvalidOperationException("Run the benchmark inside the project (no content/languages.csv found above this folder).");
    }
}

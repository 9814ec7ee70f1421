using System.Security.Cryptography;
using System.Text.Json;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests;

/// <summary>Two commands at once, and a build killed halfway: nothing lost, nothing described that is not there.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Sync_and_import_at_the_same_time_lose_neither_update_in_20_rounds()
    {
        using var project = TempProject.CopyOfRepository();
        var pristine = project.Snapshot();
        var leaflet = project.PathOf("content/documents/leaflet.md");
        var english = File.ReadAllText(leaflet);
        const string heading = "## Ask your lawyer first";

        // A translator's file for the checklist: every translation changed (facts kept).
        var french = ContentProject.Load(project.Root).Languages.Require("fr");
        var file = TranslationFile.Read(project.PathOf("translations/fr.csv"), "fr");
        var sent = HandoffExport.Rows(file, new ExportFilter(Documents: new HashSet<string> { "checklist" }))
            .Select(r => r with { Translation = r.Translation + " (relu)" }).ToList();
        var handoff = project.PathOf("fr-checklist.csv");
        File.WriteAllBytes(handoff, HandoffExport.Write(HandoffFormat.Csv, french, new DateOnly(2026, 11, 27), sent));

        var lost = new List<string>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var (path, bytes) in pristine) { File.WriteAllBytes(path, bytes); }
            File.WriteAllText(leaflet, english.Replace(heading, $"{heading} (round {round})", StringComparison.Ordinal));

            // Alternate which starts first: either order lost an update before the lock.
            using var a = RealProgram.Start(project.Root, null, round % 2 == 0 ? ["sync"] : ["import", handoff]);
            using var b = RealProgram.Start(project.Root, null, round % 2 == 0 ? ["import", handoff] : ["sync"]);
            var (first, second) = (RealProgram.Finish(a), RealProgram.Finish(b));
            Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"round {round}: {first} {second}");

            var rows = TranslationFile.Read(project.PathOf("translations/fr.csv"), "fr").Rows;
            var synced = rows.Any(r => r.Source == $"Ask your lawyer first (round {round})" && r.State == TranslationState.Outdated);
            var imported = rows.Where(r => r.DocumentId == "checklist").All(r => r.Translation.EndsWith(" (relu)", StringComparison.Ordinal));
            if (!synced) { lost.Add($"round {round}: the sync's update"); }
            if (!imported) { lost.Add($"round {round}: the import's update"); }
        }

        Assert.Empty(lost);
    }

    [Fact]
    public void A_writer_that_finds_the_project_locked_waits_then_exits_2_naming_the_holder_and_writes_nothing()
    {
        using var project = TempProject.CopyOfRepository();
        File.AppendAllText(project.PathOf("content/documents/leaflet.md"), "\nA new paragraph.\n");
        var before = project.Snapshot();

        Cli.Result result;
        using (ProjectLock.Acquire(project.Root, "mpleaflets import (a test)", TimeSpan.Zero))
        {
            var run = RealProgram.Run(project.Root, new Dictionary<string, string> { ["MPLEAFLETS_LOCK_WAIT"] = "1" }, "sync");
            result = new Cli.Result(run.ExitCode, run.Out, run.Error);
        }

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("another command is writing this project (mpleaflets import (a test), process", result.Error);
        Assert.Contains("waited 1 s", result.Error);
        Assert.Equal(before, project.Snapshot());
        Assert.Equal(0, Cli.Run(project.Root, "sync").ExitCode);
    }

    [Fact]
    public void A_build_killed_halfway_leaves_a_manifest_that_describes_only_whole_files_and_the_next_build_cleans_up()
    {
        using var project = TempProject.CopyOfRepository();
        Assert.Equal(0, Cli.Run(project.Root, "build").ExitCode);
        var output = project.PathOf("output");
        var killedWhileRunning = 0;
        for (var attempt = 0; attempt < 6 && killedWhileRunning < 2; attempt++)
        {
            // A new version date changes every leaflet page (the footer), so the build rewrites them all.
            var leaflet = project.PathOf("content/documents/leaflet.md");
            File.WriteAllText(leaflet, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(leaflet), @"version: \d{4}-\d\d-\d\d", $"version: 2026-12-{10 + attempt:00}"));
            var leaflets = Directory.EnumerateFiles(output, "leaflet.pdf", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

            // Killed as soon as the first new leaflet is in place, before the build can finish.
            using var build = RealProgram.Start(project.Root, null, "build");
            while (!build.HasExited && leaflets.All(f => File.GetLastWriteTimeUtc(f.Key) == f.Value))
            {
                Thread.Sleep(2);
            }
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                killedWhileRunning++;
            }
            build.WaitForExit();

            AssertManifestDescribesOnlyWholeFiles(output);
        }
        Assert.True(killedWhileRunning > 0, "the build always finished before it could be killed");

        File.WriteAllText(Path.Combine(output, "fr", ".checklist.pdf.0123456789abcdef0123456789abcdef.tmp"), "left by a killed build");
        Assert.Equal(0, Cli.Run(project.Root, "build").ExitCode);

        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        AssertManifestDescribesOnlyWholeFiles(output);
        Assert.Equal(74, ReadManifest(output).Count);
    }

    private static List<JsonElement> ReadManifest(string output) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))).RootElement.GetProperty("files").EnumerateArray()];

    private static void AssertManifestDescribesOnlyWholeFiles(string output)
    {
        foreach (var entry in ReadManifest(output))
        {
            var path = Path.Combine(output, entry.GetProperty("path").GetString()!);
            Assert.True(File.Exists(path), $"the manifest lists {path}, which is not there");
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(entry.GetProperty("bytes").GetInt64(), bytes.Length);
            Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }
}

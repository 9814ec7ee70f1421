using System.Text.Json;
using MpLeaflets.Cli;

namespace MpLeaflets.Tests.Commands;

/// <summary>mpleaflets init: a new group's project that builds at once, and never mixed into what is there.</summary>
public sealed class InitTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("mpleaflets-init-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void A_new_project_has_a_document_of_each_kind_English_and_French_and_builds_checks_and_shows_status_at_once()
    {
        var init = Cli.Run(_parent, "init", "our-leaflets");
        var root = Path.Combine(_parent, "our-leaflets");

        Assert.Equal(ExitCodes.Ok, init.ExitCode);
        foreach (var file in new[] { ".gitignore", ".gitattributes", "README.md", "content/languages.csv", "content/packs.yaml", "content/places.csv", "translations/fr.csv" })
        {
            Assert.True(File.Exists(Path.Combine(root, file)), file);
        }
        var kinds = Directory.GetFiles(Path.Combine(root, "content", "documents"), "*.md").Select(File.ReadAllText)
            .Select(t => t.Split('\n').FirstOrDefault(l => l.StartsWith("kind:", StringComparison.Ordinal))?.Trim()).OfType<string>().Order();
        Assert.Equal(["kind: checklist", "kind: consent-form", "kind: leaflet", "kind: strings"], kinds);
        Assert.Equal(["en", "fr"], File.ReadAllLines(Path.Combine(root, "content", "languages.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Prepend("en"));

        var build = Cli.Run(root, "build");
        Assert.True(build.ExitCode == ExitCodes.Ok, build.Out + build.Error);
        Assert.Contains("6 built, 0 unchanged, 0 skipped, 0 failed", build.Out);
        foreach (var language in new[] { "en", "fr" })
        {
            Assert.Equal(3, Directory.GetFiles(Path.Combine(root, "output", language), "*.pdf").Count(f => !f.EndsWith(".booklet.pdf", StringComparison.Ordinal)));
        }

        // French is an example, translated by us and never signed off by a native speaker.
        Assert.DoesNotContain(",reviewed,", File.ReadAllText(Path.Combine(root, "translations", "fr.csv")));
        Assert.Equal(ExitCodes.Ok, Cli.Run(root, "check").ExitCode);
        var status = JsonDocument.Parse(Cli.Run(root, "status", "--json").Out).RootElement.EnumerateArray().ToList();
        Assert.All(status, s => Assert.Equal(s.GetProperty("total").GetInt32(), s.GetProperty("translated").GetInt32()));
        Assert.Equal(ExitCodes.Ok, Cli.Run(root, "sync").ExitCode);
        Assert.Contains("unchanged", Cli.Run(root, "sync").Out);
    }

    [Fact]
    public void A_folder_with_something_in_it_or_a_file_is_refused_with_exit_2_and_left_as_it_was()
    {
        var full = Path.Combine(_parent, "full");
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, "notes.txt"), "ours");
        var file = Path.Combine(_parent, "a-file");
        File.WriteAllText(file, "ours");

        var intoFull = Cli.Run(_parent, "init", "full");
        var intoFile = Cli.Run(_parent, "init", "a-file");

        Assert.Equal(ExitCodes.BadInput, intoFull.ExitCode);
        Assert.Contains("full: the folder is not empty", intoFull.Error);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(full).Select(Path.GetFileName));
        Assert.Equal(ExitCodes.BadInput, intoFile.ExitCode);
        Assert.Contains("a-file: this is a file", intoFile.Error);
        Assert.Equal("ours", File.ReadAllText(file));
        Assert.Equal(["a-file", "full"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_empty_folder_is_used_and_nothing_is_left_beside_it()
    {
        Directory.CreateDirectory(Path.Combine(_parent, "empty"));

        Assert.Equal(ExitCodes.Ok, Cli.Run(_parent, "init", "empty").ExitCode);

        Assert.True(File.Exists(Path.Combine(_parent, "empty", "content", "languages.csv")));
        Assert.Equal(["empty"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }
}

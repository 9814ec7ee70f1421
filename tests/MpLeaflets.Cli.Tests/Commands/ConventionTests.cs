using MpLeaflets.Cli;

namespace MpLeaflets.Tests.Commands;

/// <summary>The command line spelt as the .NET tools around it: one-line summaries, -o/--output, -l/--lang, the release version, status as a table.</summary>
public sealed class ConventionTests
{
    private const string Doc = "---\nid: guide\nkind: leaflet\ntitle: Guide\nversion: 2026-01-01\n---\n## Your MP\n\nPhone 020 7219 3000.\n\nWrite to them.\n";

    [Fact]
    public void The_root_help_lists_every_command_on_one_line_and_names_build_and_edit_in_its_summary()
    {
        var help = Cli.Run(Path.GetTempPath(), "--help").Out;
        var description = help[..help.IndexOf("Usage:", StringComparison.Ordinal)];
        var commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1).Where(l => l.Trim().Length > 0).ToList();

        Assert.Contains("build", description);
        Assert.Contains("edit", description);
        Assert.Equal(12, commands.Count);
        Assert.DoesNotContain(commands, l => l.Contains("merge-csv <", StringComparison.Ordinal));
        Assert.All(commands, line => Assert.Matches(@"^  [a-z-]+( <[A-Z]+>)*\s{2,}\S", line));
        Assert.All(commands, line => Assert.True(line.TrimEnd().Length <= 100, line));
    }

    [Fact]
    public void A_command_help_gives_its_full_description_and_the_root_help_keeps_the_summary_afterwards()
    {
        var build = Cli.Run(Path.GetTempPath(), "build", "--help").Out;
        var root = Cli.Run(Path.GetTempPath(), "--help").Out;

        Assert.Contains("output/manifest.json", build);
        Assert.Contains("-o, --out, --output", build);
        Assert.Contains("-l, --lang", build);
        Assert.DoesNotContain("manifest.json", root);
    }

    [Fact]
    public void The_version_is_the_release_version_without_a_commit_hash()
    {
        // The program itself: in-process, System.CommandLine would print the test host's version.
        var version = RealProgram.Run(Path.GetTempPath(), null, "--version").Out.Trim();

        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        Assert.Equal(typeof(CliApp).Assembly.GetName().Version!.ToString(3), version);
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--output")]
    [InlineData("--out")]
    public void Build_writes_where_any_spelling_of_output_says(string option)
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });

        var result = Cli.Run(project.Root, "build", "-l", "en", option, "printed");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Out + result.Error);
        Assert.True(File.Exists(project.PathOf("printed/en/guide.pdf")));
        Assert.False(Directory.Exists(project.PathOf("output")));
    }

    [Fact]
    public void Lang_is_a_list_where_several_make_sense_and_language_one_code_where_one_does()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");

        var status = Cli.Run(project.Root, "status", "-l", "ar,fr", "--json").Out;
        var exported = Cli.Run(project.Root, "export", "-l", "fr", "-o", "fr-short.csv");
        var exportedLong = Cli.Run(project.Root, "export", "--language", "fr", "--format", "csv", "--output", "fr-long.csv");
        var exportedEarlier = Cli.Run(project.Root, "export", "--lang", "fr", "--out", "fr-earlier.csv");
        var none = Cli.Run(project.Root, "export", "-o", "fr.csv");
        var unknownFormat = Cli.Run(project.Root, "export", "-l", "fr", "-o", "fr.txt");

        Assert.Contains("\"ar\"", status);
        Assert.Contains("\"fr\"", status);
        Assert.Equal([ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok], new[] { exported.ExitCode, exportedLong.ExitCode, exportedEarlier.ExitCode });
        Assert.Equal(File.ReadAllText(project.PathOf("fr-short.csv")), File.ReadAllText(project.PathOf("fr-long.csv")));
        Assert.Equal(File.ReadAllText(project.PathOf("fr-short.csv")), File.ReadAllText(project.PathOf("fr-earlier.csv")));
        Assert.Equal(ExitCodes.BadInput, none.ExitCode);
        Assert.Contains("--language", none.Error);
        Assert.Equal(ExitCodes.BadInput, unknownFormat.ExitCode);
        Assert.Contains("'fr.txt' does not say which format", unknownFormat.Error);
        Assert.False(File.Exists(project.PathOf("fr.txt")));
    }

    [Fact]
    public void Status_is_a_table_of_languages_by_documents_in_per_cent_rounded_down_with_totals()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc, ["other-document-name.md"] = Doc.Replace("id: guide", "id: other-document-name") });
        Cli.Run(project.Root, "sync");
        // French: 2 of each document's 4 units (title, heading, two paragraphs); Arabic: nothing.
        var csv = project.Read("translations/fr.csv")
            .Replace("Your MP,,untranslated", "Your MP,Votre député,translated")
            .Replace("Write to them.,,untranslated", "Write to them.,Écrivez-leur.,translated");
        File.WriteAllText(project.PathOf("translations/fr.csv"), csv);

        var lines = Cli.Run(project.Root, "status").Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("language", StringComparison.Ordinal));

        Assert.Matches(@"^language\s+guide\s+other-\s+all\s+reviewed$", lines[header]);
        Assert.Matches(@"^\s+document-name$", lines[header + 1]);
        Assert.Matches(@"^ar\s+0\s+0\s+0\s+0$", lines[header + 2]);
        Assert.Matches(@"^fr\s+50\s+50\s+50\s+0$", lines[header + 3]);
        Assert.Matches(@"^all\s+25\s+25\s+25\s+0$", lines[header + 4]);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
        Assert.Matches(@"fr\s+guide\s+4\s+2\s+0\s+0\s+2\s+0", Cli.Run(project.Root, "status", "--long").Out);
    }

    [Fact]
    public void The_repository_status_table_fits_an_80_column_terminal()
    {
        using var project = TempProject.CopyOfRepository();

        var lines = Cli.Run(project.Root, "status").Out.Split('\n');

        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 80, l));
        Assert.Contains(lines, l => l.StartsWith("zh-Hans ", StringComparison.Ordinal));
    }
}

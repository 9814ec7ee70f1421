using System.Text.Json;
using MpLeaflets.Cli;

namespace MpLeaflets.Tests;

public sealed class CommandTests
{
    private const string Doc = "---\nid: guide\nkind: leaflet\ntitle: Guide\nversion: 2026-01-01\n---\n## Your MP\n\nPhone 020 7219 3000.\n";

    [Fact]
    public void Sync_creates_the_files_and_a_second_sync_changes_nothing()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });

        var first = Cli.Run(project.Root, "sync");
        var before = project.Snapshot();
        var second = Cli.Run(project.Root, "sync");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("created", first.Out);
        Assert.Equal(before, project.Snapshot());
        Assert.Contains("unchanged", second.Out);
        Assert.StartsWith("id,source,translation,state,previous_source,note,reviewer,reviewed_on,conflict\nguide.", project.Read("translations/ar.csv"));
    }

    [Fact]
    public void Commands_work_from_a_folder_inside_the_project_and_with_project()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");

        Assert.Equal(ExitCodes.Ok, Cli.Run(project.PathOf("content/documents"), "status").ExitCode);
        Assert.Equal(ExitCodes.Ok, Cli.Run(Path.GetTempPath(), "status", "--project", project.Root).ExitCode);
        Assert.Equal(ExitCodes.BadInput, Cli.Run(Path.GetTempPath(), "status", "--project", Path.GetTempPath()).ExitCode);
    }

    [Fact]
    public void Status_json_has_one_object_per_language_and_document_with_the_counts()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");

        var result = Cli.Run(project.Root, "status", "--json");

        var items = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["language", "document", "total", "translated", "reviewed", "outdated", "untranslated", "conflicts"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, items[0].GetProperty("untranslated").GetInt32());
    }

    [Fact]
    public void Check_exits_1_on_a_changed_phone_number_and_names_file_line_and_unit()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");
        var csv = project.Read("translations/fr.csv").Replace("Phone 020 7219 3000.,,untranslated", "Phone 020 7219 3000.,Appelez le 020 7219 3001.,translated");
        File.WriteAllText(project.PathOf("translations/fr.csv"), csv);

        var result = Cli.Run(project.Root, "check", "--lang", "fr");

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Matches(@"translations/fr\.csv:4: error \[phones\] guide\.[0-9a-f]{8}: phone numbers differ", result.Out);
    }

    [Theory]
    [InlineData("id,source,translation,state,previous_source,note\nguide.x,\"open,,translated,,\n", "closing quote")]
    [InlineData("id,source,translation,state,previous_source,note\nguide.x,a,b,translated\n", "columns")]
    [InlineData("id,source,translation,state,previous_source,note\nguide.x,a,b,finished,,\n", "unknown state")]
    [InlineData("id,source,translation,state,previous_source,note\nguide.x,a,b,translated,,\nguide.x,a,b,translated,,\n", "appears twice")]
    [InlineData("guide.x,a,b,translated,,\n", "header row")]
    public void A_bad_csv_gives_one_clear_message_exit_2_and_no_file_is_modified(string csv, string expected)
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");
        File.WriteAllText(project.PathOf("translations/fr.csv"), csv);
        var before = project.Snapshot();

        foreach (var command in new[] { "sync", "status", "check" })
        {
            var result = Cli.Run(project.Root, command);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("translations/fr.csv:", result.Error);
            Assert.Contains(expected, result.Error);
            Assert.Equal(before, project.Snapshot());
        }
    }

    [Fact]
    public void Invalid_utf8_gives_exit_2_and_leaves_the_files()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");
        File.WriteAllBytes(project.PathOf("translations/fr.csv"), [.. "id,source,translation,state,previous_source,note\nguide.x,a,"u8, 0xFF, .. ",translated,,\n"u8]);
        var before = project.Snapshot();

        var result = Cli.Run(project.Root, "sync");

        Assert.Equal((ExitCodes.BadInput, true), (result.ExitCode, result.Error.Contains("translations/fr.csv:2: the file is not valid UTF-8")));
        Assert.Equal(before, project.Snapshot());
    }

    [Fact]
    public void Broken_front_matter_names_the_markdown_file_and_writes_nothing()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");
        project.WriteDocument("guide.md", "---\nid: guide\nkind: leaflet\ntitle: a: b\nversion: 2026-01-01\n---\nText\n");
        var before = project.Snapshot();

        var result = Cli.Run(project.Root, "sync");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("content/documents/guide.md:4:", result.Error);
        Assert.Equal(before, project.Snapshot());
    }

    [Fact]
    public void An_unknown_language_is_exit_2_with_the_known_codes()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");

        var result = Cli.Run(project.Root, "check", "--lang", "xx");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("unknown language 'xx'", result.Error);
        Assert.Contains("ar, fr", result.Error);
    }

    [Fact]
    public void Add_language_registers_it_and_creates_its_csv_with_every_unit_untranslated()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        Cli.Run(project.Root, "sync");

        var result = Cli.Run(project.Root, "add-language", "om", "--name", "Oromo", "--native-name", "Afaan Oromoo", "--direction", "ltr", "--script", "Latn");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,latn", project.Read("content/languages.csv"));
        Assert.Equal(3, project.Read("translations/om.csv").Split('\n').Count(l => l.EndsWith(",untranslated,,", StringComparison.Ordinal) || l.Contains(",untranslated,,")));
        Assert.Equal(ExitCodes.BadInput, Cli.Run(project.Root, "add-language", "om", "--name", "O", "--native-name", "O", "--direction", "ltr", "--script", "Latn").ExitCode);
    }

    [Fact]
    public void Usage_errors_exit_2_and_help_exits_0()
    {
        Assert.Equal(ExitCodes.BadInput, Cli.Run(TestPaths.RepoRoot, "sync", "--no-such-option").ExitCode);
        Assert.Equal(ExitCodes.BadInput, Cli.Run(TestPaths.RepoRoot, "frobnicate").ExitCode);
        foreach (var command in new[] { "sync", "status", "check", "add-language" })
        {
            var help = Cli.Run(TestPaths.RepoRoot, command, "--help");
            Assert.Equal(ExitCodes.Ok, help.ExitCode);
            Assert.Contains("Usage:", help.Out);
        }
    }

    [Fact]
    public void The_shipped_translations_pass_check_with_no_errors()
    {
        var result = Cli.Run(TestPaths.RepoRoot, "check", "--errors-only");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Out);
    }
}

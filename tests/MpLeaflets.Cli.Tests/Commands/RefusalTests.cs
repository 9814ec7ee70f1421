namespace MpLeaflets.Tests.Commands;

/// <summary>Outputs never overwrite inputs, and every bad input is exit 2 with one clear line and nothing written.</summary>
public sealed class RefusalTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    private Cli.Result Refused(params string[] args)
    {
        var before = _project.Snapshot();
        var result = Cli.Run(_project.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, _project.Snapshot());
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
        Assert.Single(result.Error.Trim().Split('\n'));
        return result;
    }

    [Theory]
    [InlineData("content/documents/leaflet.md", "content/")]
    [InlineData("content/languages.csv", "content/")]
    [InlineData("translations/fr.csv", "translations/")]
    [InlineData("translations/fr-for-translator.csv", "translations/")]
    [InlineData("/", "is a folder")]
    [InlineData("content", "is a folder")]
    public void Export_refuses_a_path_over_the_projects_own_files_or_a_folder(string target, string why)
    {
        Assert.Contains(why, Refused("export", "--lang", "fr", "--format", "csv", "--out", target).Error);
    }

    [Theory]
    [InlineData(".gitattributes", "csv")]
    [InlineData("output-notes.txt", "po")]
    [InlineData("README.md", "tmx")]
    public void Export_never_writes_over_a_file_that_is_not_one_of_its_kind(string target, string format)
    {
        // The merge driver's settings, a note, the README: an export over them destroyed them, exit 0.
        if (!File.Exists(_project.PathOf(target))) { File.WriteAllText(_project.PathOf(target), "mine"); }

        Assert.Contains($"this file exists and is not a .{format} file", Refused("export", "--lang", "fr", "--format", format, "-o", target).Error);
    }

    [Fact]
    public void Export_writes_over_an_earlier_export()
    {
        Assert.Equal(0, Cli.Run(_project.Root, "export", "--lang", "fr", "-o", "fr.csv").ExitCode);
        File.AppendAllText(_project.PathOf("fr.csv"), "edited");

        Assert.Equal(0, Cli.Run(_project.Root, "export", "--lang", "fr", "-o", "fr.csv").ExitCode);
        Assert.DoesNotContain("edited", _project.Read("fr.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_a_symbolic_link_into_translations()
    {
        File.CreateSymbolicLink(_project.PathOf("ar.csv"), _project.PathOf("translations/ar.csv"));

        Assert.Contains("through a symbolic link", Refused("export", "--lang", "fr", "--format", "po", "--out", "ar.csv").Error);
    }

    [Theory]
    [InlineData("content/languages.csv", "is a file")]
    [InlineData("content", "content/")]
    [InlineData("translations", "translations/")]
    [InlineData(".", "project folder itself")]
    [InlineData("/", "the root of the file system")]
    public void Build_refuses_an_output_folder_that_is_a_file_or_the_projects_own(string target, string why)
    {
        Assert.Contains(why, Refused("build", "--lang", "fr", "--doc", "checklist", "--out", target).Error);
    }

    [Fact]
    public void A_build_into_a_folder_that_holds_other_things_removes_nothing_of_theirs()
    {
        // Leftovers of a killed build are cleaned where a build writes (the folder, a language's, packs),
        // never deeper: the folder may hold someone's files, even ones named like our temporary files.
        Directory.CreateDirectory(_project.PathOf("shared/letters"));
        var theirs = new[] { "shared/letters/.draft.txt.0123456789abcdef0123456789abcdef.tmp", "shared/letters/notes.txt" };
        foreach (var file in theirs) { File.WriteAllText(_project.PathOf(file), "mine"); }
        var ours = _project.PathOf("shared/fr/.checklist.pdf.fedcba9876543210fedcba9876543210.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(ours)!);
        File.WriteAllText(ours, "left by a killed build");

        Assert.Equal(0, Cli.Run(_project.Root, "build", "--lang", "fr", "--doc", "checklist", "-o", "shared").ExitCode);

        Assert.All(theirs, file => Assert.Equal("mine", _project.Read(file)));
        Assert.False(File.Exists(ours));
        Assert.True(File.Exists(_project.PathOf("shared/fr/checklist.pdf")));
    }

    [Fact]
    public void Build_into_an_existing_file_is_refused()
    {
        File.WriteAllText(_project.PathOf("notes.txt"), "mine");

        Assert.Contains("notes.txt: this is a file", Refused("build", "--out", "notes.txt").Error);
    }

    [Fact]
    public void Add_language_refuses_english_which_would_clash_with_the_english_outputs()
    {
        Assert.Contains("'en' is English, the source language", Refused("add-language", "en", "--name", "English", "--native-name", "English", "--direction", "ltr", "--script", "Latn").Error);
        Assert.Contains("'EN' is not a language code", Refused("add-language", "EN", "--name", "English", "--native-name", "English", "--direction", "ltr", "--script", "Latn").Error);
    }

    [Fact]
    public void A_pack_id_that_climbs_out_of_output_is_refused_before_anything_is_built()
    {
        var yaml = _project.Read("content/packs.yaml").Replace("id: community-south-asia", "id: ../../escaped", StringComparison.Ordinal);
        File.WriteAllText(_project.PathOf("content/packs.yaml"), yaml);

        Assert.Contains("content/packs.yaml:26: the pack id '../../escaped' cannot be used", Refused("build").Error);
        Assert.False(Directory.Exists(_project.PathOf("escaped")));
    }

    [Fact]
    public void A_message_about_an_option_names_no_file_or_line()
    {
        var error = Refused("export", "--lang", "fr", "--format", "csv", "--doc", "nope", "--out", "x.csv").Error;

        Assert.Equal("error: --doc: there is no document 'nope'. Documents: leaflet, checklist, consent-supporter, consent-mp-action, common", error.Trim());
    }

    [Fact]
    public void A_list_nested_500_deep_is_exit_2_with_its_file_and_line()
    {
        var deep = string.Join("\n", Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- item"));
        File.AppendAllText(_project.PathOf("content/documents/checklist.md"), "\n\n" + deep + "\n");

        Assert.Matches(@"^error: content/documents/checklist\.md:\d+: the Markdown is nested too deeply", Refused("build").Error);
    }

    [Fact]
    public void An_unclosed_fence_stops_sync_and_build_with_its_line_and_nothing_is_written()
    {
        var leaflet = _project.Read("content/documents/leaflet.md").Replace("## Ask your lawyer first", "```\n## Ask your lawyer first", StringComparison.Ordinal);
        File.WriteAllText(_project.PathOf("content/documents/leaflet.md"), leaflet);
        var line = leaflet.Split('\n').ToList().IndexOf("```") + 1;

        Assert.Contains($"content/documents/leaflet.md:{line}: the code fence opened on this line is never closed", Refused("sync").Error);
        Assert.Contains($"content/documents/leaflet.md:{line}:", Refused("build").Error);
    }

    [Fact]
    public void Sync_refuses_a_change_that_would_make_most_of_a_document_obsolete_unless_confirmed()
    {
        var leaflet = _project.Read("content/documents/leaflet.md");
        var front = leaflet[..(leaflet.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];
        File.WriteAllText(_project.PathOf("content/documents/leaflet.md"), front + "\n## A new guide\n\nThis guide was rewritten.\n");

        var refused = Refused("sync").Error;
        var confirmed = Cli.Run(_project.Root, "sync", "--allow-rewrite");

        Assert.Contains("content/documents/leaflet.md:10: this change to the English would make 70 of the 72 units of 'leaflet' obsolete (in 13 languages", refused);
        Assert.Contains("--allow-rewrite", refused);
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Contains("70 obsolete", confirmed.Out);
    }

    [Fact]
    public void An_output_the_system_will_not_let_be_written_is_exit_2_naming_it_without_a_stack_trace()
    {
        if (!OperatingSystem.IsLinux()) { return; }

        Assert.StartsWith("error: cannot write /proc/fr.csv:", Refused("export", "--lang", "fr", "--format", "csv", "--out", "/proc/fr.csv").Error);
    }

    [Fact]
    public void Importing_the_projects_own_translation_file_says_what_to_import_instead()
    {
        Assert.Contains("translations/fr.csv:1: this is one of the project's own translation files", Refused("import", "translations/fr.csv").Error);
    }

    [Fact]
    public void An_empty_output_path_is_refused()
    {
        Assert.Contains("the output path is empty", Refused("export", "--lang", "fr", "--format", "csv", "--out", "").Error);
    }
}

using System.Diagnostics;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Team;

/// <summary>
/// A small project in a real git repository: a six-paragraph guide translated into French, for
/// branches that edit translations/fr.csv and merges as translators make them (the real 'git',
/// and the real mpleaflets program as the merge driver).
/// </summary>
internal sealed class GitProject : IDisposable
{
    public const string Guide = """
        ---
        id: guide
        kind: leaflet
        title: Guide
        version: 2026-01-01
        ---
        ## Your MP

        An MP can raise your case with the Home Office.

        Write to your MP before a crisis.

        Bring every Home Office letter.

        Call 020 7219 3000 to find your MP.

        Be patient: replies take weeks.

        """;

    private GitProject(TempProject project) => Project = project;

    public TempProject Project { get; }

    public string Root => Project.Root;

    public string FrPath => Project.PathOf("translations/fr.csv");

    /// <summary>The project on branch main, every unit translated, committed; with the merge driver set up or not.</summary>
    public static GitProject Create(bool mergeDriver)
    {
        var project = new GitProject(TempProject.With(new Dictionary<string, string> { ["guide.md"] = Guide }));
        Assert.Equal(0, Cli.Run(project.Root, "sync").ExitCode);
        project.EditFrench(row => row.Translation.Length > 0 ? row : row with { Translation = "FR " + row.Source, State = TranslationState.Translated });
        project.Git("init", "-q", "-b", "main");
        project.Git("config", "user.name", "Test Coordinator");
        project.Git("config", "user.email", "coordinator@example.org");
        if (mergeDriver)
        {
            var setup = RealProgram.Run(project.Root, null, "setup-git");
            Assert.True(setup.ExitCode == 0, setup.Error);
        }
        project.Git("add", "-A");
        project.Git("commit", "-q", "-m", "translations");
        return project;
    }

    public IReadOnlyList<TranslationRow> French => TranslationFile.Read(FrPath, "fr").Rows;

    /// <summary>Rewrites translations/fr.csv through the program's own writer, as the editor or import would.</summary>
    public void EditFrench(Func<TranslationRow, TranslationRow> edit)
    {
        var file = TranslationFile.Read(FrPath, "fr");
        file.WithRows([.. file.Rows.Select(edit)]).Write(FrPath);
    }

    /// <summary>Sets one unit's translation (the n-th row, 0-based).</summary>
    public void Translate(int index, string text) =>
        EditFrench(row => row.Id == French[index].Id ? row with { Translation = text, State = TranslationState.Translated, Review = null } : row);

    /// <summary>A branch made from main with the given edit, committed; back on main afterwards.</summary>
    public void Branch(string name, Action edit)
    {
        Git("checkout", "-q", "-b", name, "main");
        edit();
        Git("commit", "-q", "-am", name);
        Git("checkout", "-q", "main");
    }

    public void OnMain(Action edit)
    {
        edit();
        Git("commit", "-q", "-am", "main");
    }

    /// <summary>git merge BRANCH: its exit code and what it printed.</summary>
    public (int Exit, string Output) Merge(string branch) => Run("merge", "--no-edit", branch);

    public string Git(params string[] args)
    {
        var (exit, output) = Run(args);
        Assert.True(exit == 0, $"git {string.Join(' ', args)}: {output}");
        return output;
    }

    public (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) { start.ArgumentList.Add(arg); }
        // The developer's own git settings must not change what the test sees.
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var git = Process.Start(start)!;
        var stdout = git.StandardOutput.ReadToEndAsync();
        var stderr = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        return (git.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => Project.Dispose();
}

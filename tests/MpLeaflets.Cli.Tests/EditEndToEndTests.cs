using System.Diagnostics;
using System.Runtime.CompilerServices;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests;

/// <summary>A test that needs tmux; skipped, saying why, where tmux is missing (.ci/run installs it).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!EditEndToEndTests.Exists("tmux")) { Skip = "tmux is not installed; .ci/run installs it (apt-get install tmux)"; }
    }
}

/// <summary>The real program, in a real terminal (tmux) and with none at all.</summary>
public sealed class EditEndToEndTests(ITestOutputHelper output)
{
    internal static readonly string Program = Path.Combine(
        TestPaths.RepoRoot, "src", "MpLeaflets.Cli", "bin",
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!), "net10.0", "mpleaflets.dll");

    [TmuxFact]
    public void A_translation_typed_in_the_editor_is_saved_to_the_csv_and_the_editor_quits()
    {
        using var project = TempProject.CopyOfRepository();
        var csv = project.PathOf("translations/fr.csv");
        var file = TranslationFile.Read(csv, "fr");
        var target = file.Rows[3];
        file.WithRows([.. file.Rows.Select(r => r.Id == target.Id ? r with { Translation = "", State = TranslationState.Untranslated } : r)]).Write(csv);

        var socket = "mpleaflets-e2e-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var started = Stopwatch.StartNew();
            Tmux(socket, "new-session", "-d", "-x", "100", "-y", "30", "-c", project.Root, $"dotnet '{Program}' edit --lang fr");
            WaitFor(socket, screen => screen.Contains(" · saved"), "the first screen");
            output.WriteLine($"first screen after {started.ElapsedMilliseconds} ms");
            Tmux(socket, "send-keys", "-t", "0", "F5");
            WaitFor(socket, screen => screen.Contains(target.Id + " · MISSING"), "the untranslated unit");
            Tmux(socket, "send-keys", "-t", "0", "C-e");
            Thread.Sleep(300);
            Tmux(socket, "send-keys", "-t", "0", "-l", "Texte venu de tmux");
            WaitFor(socket, screen => screen.Contains("UNSAVED"), "the edit");
            Tmux(socket, "send-keys", "-t", "0", "C-s");
            WaitFor(socket, screen => screen.Contains(" · saved"), "the save");
            output.WriteLine(Capture(socket));
            Tmux(socket, "send-keys", "-t", "0", "Escape");
            WaitUntil(() => !SessionAlive(socket), "the editor to quit");

            var saved = TranslationFile.Read(csv, "fr").Rows.Single(r => r.Id == target.Id);
            Assert.Equal("Texte venu de tmux", saved.Translation);
            Assert.Equal(TranslationState.Translated, saved.State);
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    [TmuxFact]
    public void Ctrl_B_opens_the_English_in_EDITOR_and_on_return_syncs_keeping_the_edits_made_before()
    {
        using var project = TempProject.CopyOfRepository();
        var fakeEditor = project.PathOf("fake-editor.sh");
        File.WriteAllText(fakeEditor, "#!/bin/sh\nsed -i 's/Your MP and your legal case/Your MP and your case/' \"$2\"\n");
        var socket = "mpleaflets-e2e-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Tmux(socket, "new-session", "-d", "-x", "100", "-y", "30", "-c", project.Root, $"EDITOR='sh {fakeEditor}' dotnet '{Program}' edit --lang fr");
            WaitFor(socket, screen => screen.Contains(" · saved"), "the first screen");
            Tmux(socket, "send-keys", "-t", "0", "C-e");
            Thread.Sleep(300);
            Tmux(socket, "send-keys", "-t", "0", "-l", "Kept: ");
            WaitFor(socket, screen => screen.Contains("UNSAVED"), "the edit");
            Tmux(socket, "send-keys", "-t", "0", "C-b");
            WaitFor(socket, screen => screen.Contains("synced with the English") && screen.Contains("[-legal-]"), "the sync after the editor");
            Tmux(socket, "send-keys", "-t", "0", "C-s");
            WaitFor(socket, screen => screen.Contains(" · saved"), "the save");
            Tmux(socket, "send-keys", "-t", "0", "Escape");
            WaitUntil(() => !SessionAlive(socket), "the editor to quit");

            var title = TranslationFile.Read(project.PathOf("translations/fr.csv"), "fr").Rows[0];
            Assert.Equal("Your MP and your case", title.Source);
            Assert.Equal(TranslationState.Outdated, title.State);
            Assert.Equal("Your MP and your legal case", title.PreviousSource);
            // The caret starts at the end of the translation (as typing on would continue it).
            Assert.EndsWith("Kept: ", title.Translation);
        }
        finally
        {
            RunProcess("tmux", ["-L", socket, "kill-server"], out _);
        }
    }

    [Fact]
    public void Without_a_terminal_it_says_so_and_exits_2_instead_of_hanging()
    {
        Assert.True(File.Exists(Program), $"build the program first: {Program}");
        using var project = TempProject.CopyOfRepository();
        // setsid: a new session with no controlling terminal, so /dev/tty cannot be opened either.
        var code = RunProcess("setsid", ["-w", "dotnet", Program, "edit"], out var error, project.Root, TimeSpan.FromSeconds(60));
        Assert.Equal(2, code);
        Assert.Contains("needs a terminal", error);
    }

    [Fact]
    public void An_unknown_language_is_refused_with_the_known_ones_and_exit_2()
    {
        Assert.True(File.Exists(Program), $"build the program first: {Program}");
        using var project = TempProject.CopyOfRepository();
        var code = RunProcess("setsid", ["-w", "dotnet", Program, "edit", "--lang", "xx"], out var error, project.Root, TimeSpan.FromSeconds(60));
        Assert.Equal(2, code);
        Assert.Contains("unknown language 'xx'; known: sq, ar", error);
    }

    internal static bool Exists(string command) =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, command)));

    internal static void Tmux(string socket, params string[] args)
    {
        var code = RunProcess("tmux", ["-L", socket, .. args], out var error);
        Assert.True(code == 0, $"tmux {string.Join(' ', args)} failed: {error}");
    }

    internal static string Capture(string socket)
    {
        RunProcess("tmux", ["-L", socket, "capture-pane", "-p", "-t", "0"], out _, captured: out var screen);
        return screen;
    }

    internal static bool SessionAlive(string socket) => RunProcess("tmux", ["-L", socket, "has-session"], out _) == 0;

    internal static void WaitFor(string socket, Func<string, bool> condition, string what)
    {
        var screen = "";
        WaitUntil(() => condition(screen = Capture(socket)), what, () => screen);
    }

    internal static void WaitUntil(Func<bool> condition, string what, Func<string>? screen = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) { Assert.Fail($"timed out waiting for {what}. Screen:\n{screen?.Invoke()}"); }
            Thread.Sleep(100);
        }
    }

    internal static int RunProcess(string file, string[] args, out string error, string? folder = null, TimeSpan? timeout = null) =>
        RunProcess(file, args, out error, out _, folder, timeout);

    internal static int RunProcess(string file, string[] args, out string error, out string captured, string? folder = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = folder ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) { info.ArgumentList.Add(arg); }
        info.Environment.Remove("DisableRealDriverIO");
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish (hung)");
        }
        captured = stdout.Result;
        error = stderr.Result;
        return process.ExitCode;
    }
}

using System.Runtime.InteropServices;
using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace MpLeaflets.Editor;

public enum EditorExit
{
    Ok,
    /// <summary>Standard input/output are not a terminal and there is no /dev/tty: nothing to draw on.</summary>
    NoTerminal,
    /// <summary>The language asked for is unknown or its file cannot be read.</summary>
    BadLanguage,
}

/// <summary>Starts the terminal editor on a project: checks there is a terminal, opens the session, runs the window.</summary>
public static class EditorApp
{
    public static EditorExit Run(ContentProject project, string? languageCode, TextWriter error) =>
        Run(() => project, languageCode, error);

    public static EditorExit Run(Func<ContentProject> loadProject, string? languageCode, TextWriter error) =>
        Run(loadProject, languageCode, null, error);

    /// <summary>
    /// Start-up is mostly the terminal library getting ready (about 0.8 s) and reading the project
    /// (about 0.2 s for 20 languages × 1,000 units): the project is read on another core while the
    /// terminal starts, so the first screen waits for the slower of the two, not both.
    /// </summary>
    /// <param name="reviewer">Who signs off reviews (--reviewer); null: git's user.name.</param>
    public static EditorExit Run(Func<ContentProject> loadProject, string? languageCode, string? reviewer, TextWriter error)
    {
        var loading = Task.Run(() =>
        {
            var project = loadProject();
            return (Project: project, Session: EditorSession.Open(project, reviewer));
        });
        // Without a terminal Init() falls back to a fake 80x25 screen and Run() never returns: check first.
        if (Environment.GetEnvironmentVariable("DisableRealDriverIO") != "1" && !Driver.IsAttachedToTerminal(out _, out _))
        {
            // The more specific message first: a project that cannot be read, or an unknown language.
            var (_, unused) = loading.GetAwaiter().GetResult();
            if (languageCode is not null && unused.SelectLanguage(languageCode) is { } unknown)
            {
                error.WriteLine($"error: {unknown}");
                return EditorExit.BadLanguage;
            }
            error.WriteLine("error: 'mpleaflets edit' is an interactive editor and needs a terminal (no TTY here). "
                + "Run it in a terminal or over ssh -t; for scripts use 'mpleaflets status', 'check' or 'sync'.");
            return EditorExit.NoTerminal;
        }
        var app = WholeCharacterInput.CreateApplication().Init();
        EditorSession session;
        ContentProject loaded;
        try
        {
            (loaded, session) = loading.GetAwaiter().GetResult();
        }
        catch
        {
            // A project that cannot be read: the terminal goes back to normal before the message.
            app.Dispose();
            throw;
        }
        if (languageCode is not null && session.SelectLanguage(languageCode) is { } problem)
        {
            app.Dispose();
            error.WriteLine($"error: {problem}");
            return EditorExit.BadLanguage;
        }
        // A dropped ssh connection (SIGHUP) or a kill (SIGTERM) ends the process without asking:
        // the terminal is given back first, then the unsaved edits go beside their files.
        using var hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => OnSignal(session, error));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => OnSignal(session, error));
        string? announce = null;
        IApplication? started = app;
        while (true)
        {
            var source = RunWindow(started ?? WholeCharacterInput.CreateApplication().Init(), session, loaded, error, announce);
            started = null;
            if (source is null) { break; }
            // The English is edited with the terminal to itself; the session (and every unsaved edit) waits in memory.
            announce = RunTextEditor(source.Value.Path, source.Value.Line) is { } failed ? failed : session.SyncWithEnglish();
        }
        TerminalRestore.AfterQuit();
        return EditorExit.Ok;
    }

    /// <summary>The application on the terminal now, for a signal to shut down; null between runs.</summary>
    private static volatile IApplication? _running;

    /// <summary>Set once a signal is ending the process: the rescue then happens once, here.</summary>
    private static volatile bool _ending;

    private static void OnSignal(EditorSession session, TextWriter error)
    {
        _ending = true;
        TerminalRestore.Now(_running);
        Rescue(session, error);
    }

    private static string EnglishStamp(string root)
    {
        var folder = Path.Combine(root, "content", "documents");
        if (!Directory.Exists(folder)) { return ""; }
        return string.Join("|", Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f)).Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
    }

    /// <summary>Writes every language's unsaved edits to a recovery copy beside its file (never over it).</summary>
    public static void Rescue(EditorSession session, TextWriter error)
    {
        foreach (var language in session.Languages.Where(l => l.IsDirty))
        {
            try
            {
                error.WriteLine($"your unsaved {language.Code} edits are in {language.WriteRecoveryCopy()}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"could not write the recovery copy of {language.Code}: {e.Message}");
            }
        }
    }

    /// <summary>Runs the window until the user quits (null) or asks to edit the English (its file and line).</summary>
    private static (string Path, int Line)? RunWindow(IApplication started, EditorSession session, ContentProject project, TextWriter error, string? announce)
    {
        using var app = started;
        using var window = new EditorWindow(session, new MessageBoxPrompter(app));
        Attach(app, window);
        if (announce is not null) { window.Announce(announce); }
        else
        {
            // After the first screen: a sync of every language is work the user need not wait for.
            app.AddTimeout(TimeSpan.FromMilliseconds(300), () =>
            {
                if (session.BehindEnglish(project.Documents)) { window.BehindEnglish(); }
                return false;
            });
        }
        // Notice English edited while the editor is open (in another window, by a git pull).
        var english = EnglishStamp(project.Root);
        app.AddTimeout(TimeSpan.FromSeconds(2), () =>
        {
            var now = EnglishStamp(project.Root);
            if (now != english) { english = now; window.EnglishChanged(); }
            window.NoticeChangedFiles();
            return true;
        });
        try
        {
            _running = app;
            app.Run(window);
        }
        catch (Exception) when (_ending)
        {
            // A signal shut the terminal down under the running window; its handler rescues the edits.
            Thread.Sleep(System.Threading.Timeout.Infinite);
        }
        catch (Exception) when (session.HasUnsavedChanges)
        {
            // Never lose work, even to a bug: the edits go beside the file before the error surfaces.
            Rescue(session, error);
            throw;
        }
        finally
        {
            _running = null;
        }
        // The window also ends when a signal shuts the terminal down: the process is ending, start nothing new.
        if (_ending) { Thread.Sleep(System.Threading.Timeout.Infinite); }
        return window.QuitRequested ? null : window.EnglishToEdit;
    }

    /// <summary>$VISUAL, then $EDITOR, then nano or vi, opened at the unit's line. Returns a message when it could not run.</summary>
    private static string? RunTextEditor(string path, int line)
    {
        var command = Environment.GetEnvironmentVariable("VISUAL") is { Length: > 0 } visual ? visual
            : Environment.GetEnvironmentVariable("EDITOR") is { Length: > 0 } editor ? editor
            : File.Exists("/usr/bin/nano") ? "nano" : "vi";
        try
        {
            // Through the shell, so EDITOR may carry options ("code --wait", "emacs -nw").
            var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"{command} \"$1\" \"$2\"");
            start.ArgumentList.Add("mpleaflets-edit");
            start.ArgumentList.Add($"+{line}");
            start.ArgumentList.Add(path);
            using var process = System.Diagnostics.Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} ended with exit code {process.ExitCode}; nothing synced (Ctrl+U syncs)";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"could not start '{command}': {e.Message}";
        }
    }

    /// <summary>The editor's keys are seen before the focused view's, so they also work inside the text box.</summary>
    public static void Attach(IApplication app, EditorWindow window) =>
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (!key.Handled && ReferenceEquals(app.TopRunnableView, window) && window.HandleKey(key)) { key.Handled = true; }
        };
}

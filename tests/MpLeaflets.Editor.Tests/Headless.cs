using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Text;
using Terminal.Gui.Time;
using Terminal.Gui.ViewBase;

namespace MpLeaflets.Editor.Tests;

/// <summary>Answers the editor's questions from a script and records what it asked and said.</summary>
internal sealed class ScriptedPrompter : IPrompter
{
    public Queue<int?> Answers { get; } = new();

    public List<string> Asked { get; } = [];

    public List<string> Told { get; } = [];

    public int? Ask(string title, string message, params string[] buttons)
    {
        Asked.Add($"{title}: {message} [{string.Join("|", buttons)}]");
        return Answers.Count > 0 ? Answers.Dequeue() : null;
    }

    public void Tell(string title, string message) => Told.Add($"{title}: {message}");

    public Queue<IReadOnlyList<string>?> Forms { get; } = new();

    public IReadOnlyList<string>? AskFields(string title, string message, IReadOnlyList<(string Label, string Value)> fields)
    {
        Asked.Add($"{title}: {string.Join(", ", fields.Select(f => f.Label))}");
        return Forms.Count > 0 ? Forms.Dequeue() : null;
    }
}

/// <summary>The editor window on Terminal.Gui's virtual driver: keys in, screen text out.</summary>
internal sealed class Headless : IDisposable
{
    private readonly SessionToken? _token;

    public Headless(EditorSession session, int width = 80, int height = 24)
    {
        App = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Window = new EditorWindow(session, Prompter);
        EditorApp.Attach(App, Window);
        _token = App.Begin(Window);
        App.LayoutAndDraw(true);
    }

    public IApplication App { get; }

    public EditorWindow Window { get; }

    public ScriptedPrompter Prompter { get; } = new();

    public EditorSession Session => Window.Session;

    public string Screen => App.Driver!.ToString() ?? "";

    public void Press(Key key)
    {
        App.InjectKey(key);
        App.LayoutAndDraw(true);
    }

    /// <summary>A key, then a draw of what changed only (as the real main loop does): for tests that type a lot.</summary>
    public void Key(Key key)
    {
        App.InjectKey(key);
        App.LayoutAndDraw(false);
    }

    /// <summary>Types text key by key, one key per code point, as a terminal sends it.</summary>
    public void Type(string text)
    {
        foreach (var rune in text.EnumerateRunes()) { Press(new Key(rune.Value)); }
    }

    /// <summary>
    /// What the screen shows inside a view, row by row: the graphemes of its cells as the driver
    /// holds them (the cell after a wide character is its right half and is skipped).
    /// </summary>
    public IReadOnlyList<string> Rows(View view)
    {
        var origin = view.ViewportToScreen(System.Drawing.Point.Empty);
        var contents = App.Driver!.Contents!;
        var rows = new List<string>();
        for (var y = 0; y < view.Viewport.Height; y++)
        {
            var row = new System.Text.StringBuilder();
            for (var x = 0; x < view.Viewport.Width; x++)
            {
                var grapheme = contents[origin.Y + y, origin.X + x].Grapheme;
                row.Append(grapheme);
                if (grapheme.GetColumns() > 1) { x++; }
            }
            rows.Add(row.ToString());
        }
        return rows;
    }

    public void Dispose()
    {
        if (_token is not null) { App.End(_token); }
        Window.Dispose();
        App.Dispose();
    }
}

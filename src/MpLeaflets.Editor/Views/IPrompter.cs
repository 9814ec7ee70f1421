using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>Questions and messages in a modal box, behind an interface so tests can answer them.</summary>
public interface IPrompter
{
    /// <summary>The index of the button chosen, or null when the box was closed with Esc.</summary>
    int? Ask(string title, string message, params string[] buttons);

    void Tell(string title, string message);

    /// <summary>A small form: the values typed, in order, or null when cancelled.</summary>
    IReadOnlyList<string>? AskFields(string title, string message, IReadOnlyList<(string Label, string Value)> fields);
}

internal sealed class MessageBoxPrompter(IApplication app) : IPrompter
{
    public int? Ask(string title, string message, params string[] buttons) => MessageBox.Query(app, title, message, buttons);

    public void Tell(string title, string message)
    {
        if (message.Count(c => c == '\n') < 6 && message.Length < 400)
        {
            MessageBox.Query(app, title, message, "OK");
            return;
        }
        // Long text (the keys, the documents) scrolls in a read-only pane, and says so, instead of being cut off.
        using var dialog = new Dialog { Title = title + " (↑↓ PgUp PgDn scroll; ▼ at the right edge: more below)", Width = Dim.Percent(96), Height = Dim.Percent(92) };
        var pane = new TextPane { Content = message, Width = Dim.Fill(), Height = Dim.Fill(1) };
        dialog.Add(pane);
        dialog.AddButton(new Button { Text = "OK", IsDefault = true });
        pane.SetFocus();
        app.Run(dialog);
    }

    public IReadOnlyList<string>? AskFields(string title, string message, IReadOnlyList<(string Label, string Value)> fields)
    {
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(90), Height = fields.Count + 9 };
        dialog.Add(new Label { Text = message, X = 0, Y = 0, Width = Dim.Fill(), Height = 2 });
        var boxes = new List<TextField>();
        for (var i = 0; i < fields.Count; i++)
        {
            dialog.Add(new Label { Text = fields[i].Label, X = 0, Y = i + 2 });
            var box = new TextField { Text = fields[i].Value, X = 16, Y = i + 2, Width = Dim.Fill() };
            dialog.Add(box);
            boxes.Add(box);
        }
        // Dialog: pressing any button but the last one counts as cancelled.
        dialog.AddButton(new Button { Text = "_Cancel" });
        dialog.AddButton(new Button { Text = "_Add", IsDefault = true });
        app.Run(dialog);
        return dialog.Canceled ? null : [.. boxes.Select(b => b.Text)];
    }
}

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
        // Long text (the keys, the documents) scrolls in a read-only box instead of being cut off.
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(96), Height = Dim.Percent(92) };
#pragma warning disable CS0618 // TextView is marked obsolete in favour of an editor package that is not served; it works.
        dialog.Add(new TextView { Text = message, ReadOnly = true, WordWrap = true, Width = Dim.Fill(), Height = Dim.Fill(1) });
#pragma warning restore CS0618
        dialog.AddButton(new Button { Text = "OK", IsDefault = true });
        app.Run(dialog);
    }
}

using Terminal.Gui.App;
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

    public void Tell(string title, string message) => MessageBox.Query(app, title, message, "OK");
}

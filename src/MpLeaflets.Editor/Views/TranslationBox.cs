using System.Drawing;
using MpLeaflets.Editor.Session;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// The translation box: an edit control of our own over <see cref="TranslationInput"/> (a plain
/// string and a caret). Terminal.Gui's TextView kept typed marks as cells of their own and, once
/// the text wrapped, mapped columns between its typed cells and its re-segmented wrapped rows,
/// which put characters in the wrong place (issue 11). Here keys become string edits, the screen is
/// only drawn from the string, and the caret maps through the same rows in both directions.
/// </summary>
internal sealed class TranslationBox : TextPane
{
    private TranslationInput _input = new("", 0);
    private int? _goalColumn;

    public TranslationBox()
    {
        Cursor = new Terminal.Gui.Drivers.Cursor { Style = CursorStyle.BlinkingBar };
    }

    /// <summary>Raised after every edit with the whole text (the caller stores it).</summary>
    public event Action<string>? Edited;

    public bool ReadOnly { get; set; }

    public string Value => _input.Text;

    public int Caret => _input.Caret;

    /// <summary>Shows another text (another unit, an undo, a reload) with the caret at <paramref name="caret"/> (default: the end).</summary>
    public void Load(string text, int? caret = null)
    {
        _input = new TranslationInput(text, caret ?? text.Length);
        _goalColumn = null;
        Content = text;
        Top = 0;
        KeepCaretVisible();
    }

    /// <summary>Inserts text at the caret, as typing or a paste does.</summary>
    public void Insert(string text)
    {
        if (ReadOnly || text.Length == 0) { return; }
        _input.Insert(text);
        AfterEdit();
    }

    protected override bool OnKeyDown(Key key)
    {
        if (ReadOnly) { return base.OnKeyDown(key); }
        var handled = true;
        var vertical = false;
        if (key == Key.Enter) { Insert("\n"); }
        else if (key == Key.Backspace) { if (_input.DeleteBackward()) { AfterEdit(); } }
        else if (key == Key.Delete) { if (_input.DeleteForward()) { AfterEdit(); } }
        else if (key == Key.CursorLeft) { _input.Left(); }
        else if (key == Key.CursorRight) { _input.Right(); }
        else if (key == Key.CursorUp) { vertical = MoveRows(-1); }
        else if (key == Key.CursorDown) { vertical = MoveRows(+1); }
        else if (key == Key.PageUp) { vertical = MoveRows(-Math.Max(1, Viewport.Height - 1)); }
        else if (key == Key.PageDown) { vertical = MoveRows(Math.Max(1, Viewport.Height - 1)); }
        else if (key == Key.Home) { _input.MoveTo(Wrapped.OffsetAt(Wrapped.Locate(_input.Caret).Row, 0)); }
        else if (key == Key.End) { _input.MoveTo(Wrapped.RowEnd(Wrapped.Locate(_input.Caret).Row)); }
        else if (key == Key.Home.WithCtrl) { _input.MoveTo(0); }
        else if (key == Key.End.WithCtrl) { _input.MoveTo(_input.Text.Length); }
        else if (Typed(key) is { } typed) { Insert(typed); }
        else { handled = false; }
        if (!handled) { return base.OnKeyDown(key); }
        if (!vertical) { _goalColumn = null; }
        KeepCaretVisible();
        return true;
    }

    /// <summary>A bracketed paste (or Ctrl+V) goes in as typed, line ends as the file stores them.</summary>
    protected override bool OnPaste(string text)
    {
        if (ReadOnly) { return false; }
        Insert(text.Replace("\r\n", "\n").Replace('\r', '\n'));
        KeepCaretVisible();
        return true;
    }

    protected override void Changed()
    {
        var top = Top;
        base.Changed();
        Top = top;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        base.OnDrawingContent(context);
        var (row, column) = Wrapped.Locate(_input.Caret);
        Cursor = Cursor with
        {
            Position = HasFocus && !ReadOnly && row >= Top && row < Top + Viewport.Height
                ? ViewportToScreen(new Point(column, row - Top)) : null,
        };
        return true;
    }

    /// <summary>The text a key types: its grapheme, unless it is a command (Ctrl, Alt, a control character).</summary>
    private static string? Typed(Key key)
    {
        if (key.IsCtrl || key.IsAlt) { return null; }
        var text = key.AsGrapheme;
        if (string.IsNullOrEmpty(text) || char.IsControl(text[0])) { return null; }
        return text;
    }

    private bool MoveRows(int delta)
    {
        var (row, column) = Wrapped.Locate(_input.Caret);
        _goalColumn ??= column;
        var target = Math.Clamp(row + delta, 0, Wrapped.Rows.Count - 1);
        if (target == row) { _input.MoveTo(delta < 0 ? 0 : _input.Text.Length); }
        else { _input.MoveTo(Wrapped.OffsetAt(target, _goalColumn.Value)); }
        return true;
    }

    private void AfterEdit()
    {
        Content = _input.Text;
        Edited?.Invoke(_input.Text);
    }

    protected override void Resized() => KeepCaretVisible();

    private void KeepCaretVisible()
    {
        if (Viewport.Height <= 0) { return; }
        var row = Wrapped.Locate(_input.Caret).Row;
        var height = Viewport.Height;
        // No empty rows below while rows above are hidden: when the box grows (the text took a row
        // more, and the pane gave it one), what scrolled out comes back.
        Top = Math.Clamp(Top, 0, Math.Max(0, Wrapped.Rows.Count - height));
        if (row < Top) { Top = row; }
        else if (row >= Top + height) { Top = row - height + 1; }
        SetNeedsDraw();
    }
}

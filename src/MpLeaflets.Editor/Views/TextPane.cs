using MpLeaflets.Editor.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// Read-only text wrapped to the pane and drawn cell by cell as the terminal lays it out
/// (<see cref="TerminalCells"/>), so Bengali and Tamil never push the borders. Text longer than the
/// pane scrolls (arrows, PgUp/PgDn, Home/End, the wheel once it has the focus: Tab reaches it), and
/// the last column says so: ▲ at the top when there is more above, ▼ at the bottom when there is more below.
/// </summary>
internal class TextPane : View
{
    private string _content = "";
    private IReadOnlyList<string>? _lines;
    private TextRows? _rows;
    private int _rowsWidth = -1;

    public TextPane()
    {
        CanFocus = true;
        TabStop = TabBehavior.TabStop;
        // A new size (the terminal, the unit pane sharing its rows) may leave the scroll past the end.
        ViewportChanged += (_, _) => Resized();
    }

    protected virtual void Resized() => ScrollBy(0);

    /// <summary>The text shown, wrapped to the pane.</summary>
    public string Content
    {
        get => _lines is null ? _content : string.Join("\n", _lines);
        set
        {
            if (_lines is null && value == _content) { return; }
            _content = value;
            _lines = null;
            Changed();
        }
    }

    /// <summary>Lines already broken (the right-to-left preview), each drawn against the right edge.</summary>
    public void ShowLines(IReadOnlyList<string> lines)
    {
        if (_lines is not null && _lines.SequenceEqual(lines)) { return; }
        _lines = lines;
        _content = string.Join("\n", lines);
        Changed();
    }

    /// <summary>The first row shown.</summary>
    public int Top { get; protected set; }

    /// <summary>Columns the text is wrapped to: one is kept for the scroll marks (and the caret at a row's end).</summary>
    public static int WrapWidth(int paneWidth) => Math.Max(paneWidth - 1, 2);

    /// <summary>How many rows the text needs at a pane width (for laying out the unit pane).</summary>
    public int RowsNeeded(int paneWidth) => RowsFor(paneWidth).Rows.Count;

    public bool MoreAbove => Top > 0;

    public bool MoreBelow => Top + Viewport.Height < Wrapped.Rows.Count;

    /// <summary>What the pane shows, row by row, as the terminal shows it (for tests).</summary>
    public IReadOnlyList<string> VisibleRows =>
        [.. Wrapped.Rows.Skip(Top).Take(Math.Max(Viewport.Height, 0)).Select(r => _content[r.Start..r.End].TrimEnd('\n'))];

    protected TextRows Wrapped => RowsFor(Viewport.Width);

    protected string ContentText => _content;

    protected virtual void Changed()
    {
        _rows = null;
        Top = 0;
        SetNeedsDraw();
    }

    public void ScrollBy(int rows)
    {
        if (Viewport.Height <= 0) { return; }
        Top = Math.Clamp(Top + rows, 0, Math.Max(0, Wrapped.Rows.Count - Viewport.Height));
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var rows = Wrapped;
        var width = WrapWidth(Viewport.Width);
        for (var y = 0; y < Viewport.Height; y++)
        {
            SetAttribute(normal);
            Move(0, y);
            AddStr(new string(' ', Viewport.Width));
            var index = Top + y;
            if (index >= rows.Rows.Count) { continue; }
            var row = rows.Rows[index];
            var x = _lines is not null ? Math.Max(0, width - row.Width) : 0;
            DrawRow(row, x, y, normal);
        }
        DrawScrollMarks();
        return true;
    }

    /// <summary>Draws one row's cells from column <paramref name="x"/>: one AddStr per terminal cell.</summary>
    protected void DrawRow(TextRow row, int x, int y, Terminal.Gui.Drawing.Attribute attribute)
    {
        SetAttribute(attribute);
        Move(x, y);
        foreach (var cell in row.Cells)
        {
            var paint = TerminalCells.Paintable(_content, cell);
            if (paint.Length > 0) { AddStr(paint); }
        }
    }

    private void DrawScrollMarks()
    {
        if (Viewport.Width < 2 || Viewport.Height < 1) { return; }
        SetAttribute(GetAttributeForRole(HasFocus ? VisualRole.Focus : VisualRole.Normal));
        if (MoreAbove) { Move(Viewport.Width - 1, 0); AddStr("▲"); }
        if (MoreBelow) { Move(Viewport.Width - 1, Viewport.Height - 1); AddStr("▼"); }
    }

    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.CursorDown) { ScrollBy(1); return true; }
        if (key == Key.CursorUp) { ScrollBy(-1); return true; }
        if (key == Key.PageDown) { ScrollBy(Math.Max(1, Viewport.Height - 1)); return true; }
        if (key == Key.PageUp) { ScrollBy(-Math.Max(1, Viewport.Height - 1)); return true; }
        if (key == Key.Home) { ScrollBy(-Wrapped.Rows.Count); return true; }
        if (key == Key.End) { ScrollBy(Wrapped.Rows.Count); return true; }
        return base.OnKeyDown(key);
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown)) { ScrollBy(1); return true; }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp)) { ScrollBy(-1); return true; }
        return base.OnMouseEvent(mouse);
    }

    private TextRows RowsFor(int paneWidth)
    {
        var width = WrapWidth(paneWidth);
        if (_rows is null || _rowsWidth != width)
        {
            // Lines given already broken are not wrapped again (they fit by construction).
            _rows = TextRows.Wrap(_content, _lines is null ? width : int.MaxValue / 2);
            _rowsWidth = width;
        }
        return _rows;
    }
}

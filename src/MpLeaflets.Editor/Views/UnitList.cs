using MpLeaflets.Editor.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// The units table: a header and one row per unit, with column widths fixed by the pane's width
/// (they never jump as you scroll), the selected unit always scrolled into view, Home/End to the
/// first and last unit, and every cell drawn as the terminal lays it out (<see cref="TerminalCells"/>),
/// so Bengali never breaks the borders. Replaces Terminal.Gui's TableView, which did none of these here.
/// </summary>
internal sealed class UnitList : View
{
    private readonly ITableSource _source;
    private int _selected;

    public UnitList(ITableSource source)
    {
        _source = source;
        CanFocus = true;
        TabStop = TabBehavior.TabStop;
    }

    /// <summary>Colours a cell's text (column, text); null keeps the row's colours.</summary>
    public Func<int, string, Color?>? CellColour { get; init; }

    /// <summary>Raised when the user moves the selection (not when <see cref="Select"/> is called).</summary>
    public event Action<int>? SelectionChanged;

    public int Selected => _selected;

    /// <summary>The first unit row shown.</summary>
    public int Top { get; private set; }

    private int Rows => _source.Rows;

    private int BodyHeight => Math.Max(Viewport.Height - 1, 1);

    /// <summary>Selects a row and scrolls it into view.</summary>
    public void Select(int row)
    {
        _selected = Rows == 0 ? 0 : Math.Clamp(row, 0, Rows - 1);
        KeepSelectedVisible();
    }

    /// <summary>The column widths for a width: document, state, English, translation (the last two share what is left).</summary>
    public static int[] ColumnWidths(int width)
    {
        var rest = Math.Max(width - 10 - 8 - 3, 2);
        var english = rest / 2;
        return [10, 8, english, rest - english];
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var selected = GetAttributeForRole(HasFocus ? VisualRole.Focus : VisualRole.Highlight);
        var widths = ColumnWidths(Viewport.Width);
        KeepSelectedVisible(draw: false);
        DrawLine(0, i => _source.ColumnNames[i], widths, normal with { Style = TextStyle.Bold }, coloured: false);
        for (var y = 1; y < Viewport.Height; y++)
        {
            var row = Top + y - 1;
            if (row >= Rows)
            {
                SetAttribute(normal);
                Move(0, y);
                AddStr(new string(' ', Viewport.Width));
                continue;
            }
            DrawLine(y, i => _source[row, i]?.ToString() ?? "", widths, row == _selected ? selected : normal, coloured: row != _selected || !HasFocus);
        }
        return true;
    }

    private void DrawLine(int y, Func<int, string> cell, int[] widths, Terminal.Gui.Drawing.Attribute attribute, bool coloured)
    {
        var x = 0;
        for (var i = 0; i < widths.Length && i < _source.Columns; i++)
        {
            var text = cell(i).Replace('\n', ' ');
            var colour = coloured ? CellColour?.Invoke(i, text) : null;
            SetAttribute(colour is { } fg ? attribute with { Foreground = fg } : attribute);
            Move(x, y);
            var width = Math.Min(widths[i], Viewport.Width - x);
            DrawFitted(text, width);
            x += widths[i];
            if (i < widths.Length - 1 && x < Viewport.Width)
            {
                SetAttribute(attribute);
                Move(x, y);
                AddStr("│");
                x++;
            }
        }
    }

    /// <summary>The text cut to <paramref name="width"/> columns with "…" and padded, cell by cell.</summary>
    private void DrawFitted(string text, int width)
    {
        if (width <= 0) { return; }
        var cells = TerminalCells.Of(text);
        var total = cells.Sum(c => c.Width);
        var room = total <= width ? width : width - 1;
        var used = 0;
        foreach (var c in cells)
        {
            if (used + c.Width > room) { break; }
            var paint = TerminalCells.Paintable(text, c);
            if (paint.Length > 0) { AddStr(paint); }
            used += c.Width;
        }
        if (total > width) { AddStr("…"); used++; }
        if (used < width) { AddStr(new string(' ', width - used)); }
    }

    protected override bool OnKeyDown(Key key)
    {
        var target = key == Key.CursorDown ? _selected + 1
            : key == Key.CursorUp ? _selected - 1
            : key == Key.PageDown ? _selected + BodyHeight
            : key == Key.PageUp ? _selected - BodyHeight
            : key == Key.Home || key == Key.Home.WithCtrl ? 0
            : key == Key.End || key == Key.End.WithCtrl ? Rows - 1
            : (int?)null;
        if (target is null) { return base.OnKeyDown(key); }
        Choose(target.Value);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown)) { Top = Math.Clamp(Top + 3, 0, Math.Max(0, Rows - BodyHeight)); SetNeedsDraw(); return true; }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp)) { Top = Math.Max(0, Top - 3); SetNeedsDraw(); return true; }
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && mouse.Position is { Y: > 0 } at && Top + at.Y - 1 < Rows)
        {
            SetFocus();
            Choose(Top + at.Y - 1);
            return true;
        }
        return base.OnMouseEvent(mouse);
    }

    private void Choose(int row)
    {
        if (Rows == 0) { return; }
        var before = _selected;
        Select(row);
        if (_selected != before) { SelectionChanged?.Invoke(_selected); }
    }

    private void KeepSelectedVisible(bool draw = true)
    {
        var height = BodyHeight;
        if (_selected < Top) { Top = _selected; }
        else if (_selected >= Top + height) { Top = _selected - height + 1; }
        // A shorter list (a search, a filter) never leaves the table scrolled past its end.
        Top = Math.Clamp(Top, 0, Math.Max(0, Rows - height));
        if (draw) { SetNeedsDraw(); }
    }
}

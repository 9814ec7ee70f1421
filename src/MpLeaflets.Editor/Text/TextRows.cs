namespace MpLeaflets.Editor.Text;

/// <summary>One screen row of wrapped text: the offsets [Start, End) of the text it shows (a line
/// break it ends with included) and its cells.</summary>
public sealed record TextRow(int Start, int End, IReadOnlyList<TerminalCell> Cells, bool EndsWithLineBreak)
{
    public int Width => Cells.Sum(c => c.Width);
}

/// <summary>
/// Text wrapped into rows of at most a number of columns: after spaces, between wide (CJK)
/// characters, and inside a word longer than the row only between grapheme clusters. Wrapping
/// only decides where rows start: every offset of the text is in exactly one row, in order, so the
/// caret maps to the screen and back without ever reordering what is stored.
/// </summary>
public sealed class TextRows
{
    private TextRows(string text, IReadOnlyList<TextRow> rows)
    {
        Text = text;
        Rows = rows;
    }

    public string Text { get; }

    public IReadOnlyList<TextRow> Rows { get; }

    public static TextRows Wrap(string text, int width)
    {
        width = Math.Max(width, 2);
        var cells = TerminalCells.Of(text);
        var rows = new List<TextRow>();
        var rowStart = 0;   // index into cells
        var column = 0;
        var breakAt = -1;   // cell index a new row may start at, within the current row
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (text[cell.Start] == '\n')
            {
                rows.Add(Row(rowStart, i + 1, endsWithBreak: true));
                rowStart = i + 1;
                column = 0;
                breakAt = -1;
                continue;
            }
            // Until the cell fits: at the last place a row may end, else between clusters.
            while (column + cell.Width > width && i > rowStart)
            {
                var next = breakAt > rowStart ? breakAt : LastClusterStart(rowStart, i);
                rows.Add(Row(rowStart, next, endsWithBreak: false));
                rowStart = next;
                column = 0;
                for (var k = next; k < i; k++) { column += cells[k].Width; }
                breakAt = -1;
            }
            column += cell.Width;
            // A row may end after a space (before the next non-space) or next to a wide character.
            if (i + 1 < cells.Count && cells[i + 1].StartsCluster
                && ((IsSpace(cell) && !IsSpace(cells[i + 1])) || cell.Width == 2 || cells[i + 1].Width == 2))
            {
                breakAt = i + 1;
            }
        }
        rows.Add(Row(rowStart, cells.Count, endsWithBreak: false));
        return new TextRows(text, rows);

        TextRow Row(int from, int to, bool endsWithBreak)
        {
            var start = from < cells.Count ? cells[from].Start : text.Length;
            var end = to < cells.Count ? cells[to].Start : text.Length;
            return new TextRow(start, end, cells.GetRange(from, to - from), endsWithBreak);
        }

        int LastClusterStart(int from, int before)
        {
            for (var k = before; k > from; k--)
            {
                if (cells[k].StartsCluster) { return k; }
            }
            return before;
        }

        bool IsSpace(TerminalCell cell) => cell.Length == 1 && text[cell.Start] == ' ';
    }

    /// <summary>The row and column where a caret at <paramref name="offset"/> shows.</summary>
    public (int Row, int Column) Locate(int offset)
    {
        var row = Rows.Count - 1;
        while (row > 0 && Rows[row].Start > offset) { row--; }
        // At the end of a row that wraps on, the caret shows at the start of the next row.
        var column = 0;
        foreach (var cell in Rows[row].Cells)
        {
            if (cell.Start >= offset || Text[cell.Start] == '\n') { break; }
            column += cell.Width;
        }
        return (row, column);
    }

    /// <summary>
    /// The caret offset on <paramref name="row"/> nearest to <paramref name="column"/> without
    /// passing it: a cluster boundary of that row (never its end when the row wraps on, which is
    /// the next row's start).
    /// </summary>
    public int OffsetAt(int row, int column)
    {
        row = Math.Clamp(row, 0, Rows.Count - 1);
        var r = Rows[row];
        var best = r.Start;
        var x = 0;
        foreach (var cell in r.Cells)
        {
            if (Text[cell.Start] == '\n') { break; }
            x += cell.Width;
            if (x > column) { break; }
            var after = cell.End;
            var isLast = after == r.End;
            if (isLast && !r.EndsWithLineBreak && row < Rows.Count - 1) { break; }
            if (after == Text.Length || IsClusterStart(r, after)) { best = after; }
        }
        return best;
    }

    /// <summary>Where the caret goes for End on this row: after its last character (before a wrapping row's last cell).</summary>
    public int RowEnd(int row) => OffsetAt(row, int.MaxValue);

    private bool IsClusterStart(TextRow row, int offset)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Start == offset) { return cell.StartsCluster; }
        }
        // The offset starts the next row.
        var next = Rows.FirstOrDefault(r => r.Start == offset);
        return next is null || next.Cells.Count == 0 || next.Cells[0].StartsCluster;
    }
}

using System.Globalization;
using System.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Text;

namespace MpLeaflets.Editor.Text;

/// <summary>
/// One cell of a terminal row: the characters drawn in it (a character and the zero-width marks
/// after it), as offsets into the text, and how many columns the terminal gives it.
/// </summary>
/// <param name="StartsCluster">The cell begins a grapheme cluster: a caret or a line break may stand before it.</param>
public readonly record struct TerminalCell(int Start, int Length, int Width, bool StartsCluster)
{
    public int End => Start + Length;
}

/// <summary>
/// Text laid out in columns the way terminals lay it out (xterm, VTE, tmux, the Linux console:
/// wcwidth, one code point at a time): a nonspacing or enclosing mark (Mn, Me) or a format character
/// (Cf: ZWJ, ZWNJ, LRM…) joins the cell before it, every other character takes a cell of its own,
/// two for East Asian wide ones. Terminal.Gui counts a whole grapheme cluster as one cell, so a
/// Bengali or Tamil vowel sign (Mc, e.g. U+09BF in কি) takes a column on the screen that
/// Terminal.Gui does not count, and everything after it on the row moves right over the borders.
/// The editor's own views draw cell by cell from this, so the terminal and the screen model agree.
/// </summary>
public static class TerminalCells
{
    public static List<TerminalCell> Of(string text)
    {
        var cells = new List<TerminalCell>(text.Length);
        var clusterStarts = ClusterStarts(text);
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var width = Width(rune);
            // A zero-width character joins the cell before it, unless a line break or the text's start is before it.
            if (width == 0 && cells.Count > 0 && text[i - 1] != '\n')
            {
                var last = cells[^1];
                cells[^1] = last with { Length = last.Length + length };
            }
            else
            {
                cells.Add(new TerminalCell(i, length, rune.Value == '\n' ? 0 : Math.Max(width, 1), clusterStarts[i]));
            }
            i += length;
        }
        return cells;
    }

    /// <summary>Columns the text takes on one row of a terminal.</summary>
    public static int WidthOf(string text)
    {
        var total = 0;
        foreach (var cell in Of(text)) { total += cell.Width; }
        return total;
    }

    /// <summary>
    /// Columns a terminal gives one code point (glibc's wcwidth, which tmux and most terminals use):
    /// 0 for marks Mn and Me and format characters Cf (except the soft hyphen and the Arabic signs
    /// spanning numbers, U+0600–U+0605, U+06DD, U+08E2, which are printed), 2 for wide characters.
    /// </summary>
    public static int Width(Rune rune)
    {
        var value = rune.Value;
        if (value is 0x00AD or (>= 0x0600 and <= 0x0605) or 0x06DD or 0x08E2 or 0x110BD or 0x110CD) { return 1; }
        if (value is >= 0x1160 and <= 0x11FF) { return 0; }
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                return 0;
        }
        // Emoji skin tones and two Hangul tone marks: wide in glibc, counted 0 by Terminal.Gui.
        if (value is (>= 0x1F3FB and <= 0x1F3FF) or 0x302E or 0x302F) { return 2; }
        return rune.GetColumns() == 2 ? 2 : 1;
    }

    /// <summary>
    /// What to hand Terminal.Gui for one cell so that it, too, counts the cell's width: a lone mark is
    /// drawn on a dotted circle (as the Unicode charts show it), a control character as its control picture
    /// (a tab as ␉), a format character that Terminal.Gui would count as a cell of its own is not drawn,
    /// nor are the joiners between emoji,
    /// and a cell Terminal.Gui would measure differently becomes U+FFFD replacement marks of the same width.
    /// The text itself is never changed: this is only what is painted.
    /// </summary>
    public static string Paintable(string text, TerminalCell cell)
    {
        var s = text.Substring(cell.Start, cell.Length);
        if (s == "\n") { return ""; }
        var first = s[0];
        if (char.IsControl(first)) { return ((char)(first < 0x20 ? 0x2400 + first : '\uFFFD')).ToString(); }
        Rune.DecodeFromUtf16(s, out var rune, out _);
        if (Width(rune) == 0) { s = "\u25CC" + s; }
        // Terminals disagree on emoji sequences (tmux joins a ZWJ family into one wide cell, others
        // do not; some widen with VS16): drawn without ZWJ and VS16, every terminal shows each emoji on its own.
        var symbol = Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
        var painted = new StringBuilder();
        foreach (var r in s.EnumerateRunes())
        {
            if (symbol && r.Value is 0x200D or 0xFE0F) { continue; }
            var before = painted.Length;
            painted.Append(r.ToString());
            // Terminal.Gui gives each grapheme cluster a cell: keep the cell to one cluster.
            if (before > 0 && GraphemeHelper.GetGraphemeCount(painted.ToString()) > 1) { painted.Length = before; }
        }
        var result = painted.ToString();
        var counted = Math.Clamp(result.GetColumns(), 1, 2);
        return counted == cell.Width ? result : new string('\uFFFD', cell.Width);
    }

    private static bool[] ClusterStarts(string text)
    {
        var starts = new bool[text.Length + 1];
        var i = 0;
        while (i < text.Length)
        {
            starts[i] = true;
            i += Math.Max(1, StringInfo.GetNextTextElementLength(text, i));
        }
        starts[text.Length] = true;
        return starts;
    }
}

using MpLeaflets.Text;

namespace MpLeaflets.Editor.Text;

/// <summary>
/// What a translation looks like when read right to left, for terminals that neither reorder nor
/// join Arabic: letters joined (presentation forms), then each line put in visual order.
/// </summary>
public static class RtlPreview
{
    public const string LineSeparator = " ⏎ ";

    public static string Of(string translation, bool rightToLeft)
    {
        var lines = translation.Replace("\r\n", "\n").Split('\n').Select(line => Visual(line, rightToLeft));
        // Read right to left, the first line comes rightmost.
        return string.Join(LineSeparator, rightToLeft ? lines.Reverse() : lines);
    }

    /// <summary>
    /// The whole translation as the PDF prints it, wrapped to <paramref name="width"/> cells: broken
    /// in logical order where UAX #14 allows (<see cref="LineBreaks"/>, the engine's line breaking,
    /// for <paramref name="language"/>), then each line in visual order. Read right to left, each line
    /// is drawn against the right edge; the first line is the top one.
    /// </summary>
    public static IReadOnlyList<string> Lines(string translation, string language, bool rightToLeft, int width)
    {
        var text = translation.Replace("\r\n", "\n");
        var lines = new List<string>();
        var breaks = LineBreaks.Opportunities(text, language);
        var start = 0;
        var fitted = 0;   // the last break after start whose line fits
        foreach (var b in breaks)
        {
            var mandatory = b > 0 && LineBreaks.IsMandatory(text[b - 1]);
            if (fitted > start && Cells(ArabicShaping.Shape(text[start..b].TrimEnd())) > width)
            {
                lines.Add(Visual(text[start..fitted].TrimEnd(), rightToLeft));
                start = fitted;
            }
            fitted = b;
            if (mandatory)
            {
                lines.Add(Visual(text[start..b].TrimEnd('\n', ' '), rightToLeft));
                start = b;
            }
        }
        if (start < text.Length || lines.Count == 0) { lines.Add(Visual(text[start..].TrimEnd(), rightToLeft)); }
        return lines;
    }

    /// <summary>
    /// One line in visual order, as the PDF orders it: the same isolation of numbers, addresses and
    /// Latin names in right-to-left text (so "020 7219 3000" never reads "3000 7219 020") and the
    /// same ICU bidi the engine uses, then mirrored brackets; letters joined first, in logical order.
    /// </summary>
    private static string Visual(string line, bool rightToLeft) => Bidi.AsPrinted(ArabicShaping.Shape(line), rightToLeft);

    /// <summary>Columns on a terminal, as the preview pane draws them (reordering changes no width; joining may).</summary>
    private static int Cells(string text) => TerminalCells.WidthOf(text);
}

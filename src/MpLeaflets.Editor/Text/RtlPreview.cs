using MpLeaflets.Typesetting.Text;

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
    /// The preview cut to <paramref name="width"/> cells. The cut is made in logical order, between
    /// words, so what shows is the beginning of the translation (on the right, for right-to-left
    /// text), with "…" where the rest is left out.
    /// </summary>
    public static string Fit(string translation, bool rightToLeft, int width)
    {
        var full = Of(translation, rightToLeft);
        if (width <= 1 || Cells(full) <= width) { return full; }
        var logical = translation.Replace("\r\n", "\n").Replace("\n", " ⏎ ");
        var words = logical.Split(' ');
        var kept = "";
        foreach (var word in words)
        {
            var next = kept.Length == 0 ? word : kept + " " + word;
            if (Cells(Visual(next, rightToLeft)) > width - 1) { break; }
            kept = next;
        }
        var visual = Visual(kept, rightToLeft);
        return rightToLeft ? "…" + visual : visual + "…";
    }

    /// <summary>
    /// One line in visual order, ordered as the PDF orders it: numbers, phone numbers, addresses and
    /// Latin names in right-to-left text are isolated there (UAX #9 X5a, see DirectionalIsolation),
    /// so "020 7219 3000" never reads "3000 7219 020". Here each such run stands in the line as one
    /// neutral placeholder (an isolate counts as a neutral for the text around it) and is put back,
    /// in its own order, after reordering.
    /// </summary>
    private static string Visual(string line, bool rightToLeft)
    {
        if (!rightToLeft) { return BidiLine.Reorder(ArabicShaping.Shape(line), rightToLeft); }
        var runs = DirectionalIsolation.LeftToRightRuns(line).Take(Placeholders).ToList();
        var sb = new System.Text.StringBuilder(line.Length);
        var at = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            sb.Append(line, at, runs[i].Start - at).Append((char)(PlaceholderBase + i));
            at = runs[i].Start + runs[i].Length;
        }
        sb.Append(line, at, line.Length - at);
        var visual = BidiLine.Reorder(ArabicShaping.Shape(sb.ToString()), rightToLeft);
        for (var i = 0; i < runs.Count; i++)
        {
            visual = visual.Replace(((char)(PlaceholderBase + i)).ToString(), line.Substring(runs[i].Start, runs[i].Length), StringComparison.Ordinal);
        }
        return visual;
    }

    // U+2400… (Control Pictures): neutral (ON), never mirrored, never in a translation.
    private const char PlaceholderBase = '\u2400';
    private const int Placeholders = 0x40;

    /// <summary>Cells on a terminal: one per grapheme (the previews are Arabic and Latin, never wide).</summary>
    private static int Cells(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;
}

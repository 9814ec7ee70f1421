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
    /// One line in visual order, as the PDF orders it: the same isolation of numbers, addresses and
    /// Latin names in right-to-left text (so "020 7219 3000" never reads "3000 7219 020") and the
    /// same ICU bidi the engine uses, then mirrored brackets; letters joined first, in logical order.
    /// </summary>
    private static string Visual(string line, bool rightToLeft) => Bidi.AsPrinted(ArabicShaping.Shape(line), rightToLeft);

    /// <summary>Cells on a terminal: one per grapheme (the previews are Arabic and Latin, never wide).</summary>
    private static int Cells(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;
}

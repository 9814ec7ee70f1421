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
        var lines = translation.Replace("\r\n", "\n").Split('\n').Select(line => BidiLine.Reorder(ArabicShaping.Shape(line), rightToLeft));
        // Read right to left, the first line comes rightmost.
        return string.Join(LineSeparator, rightToLeft ? lines.Reverse() : lines);
    }
}

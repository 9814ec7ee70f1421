using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9), from ICU, for the engine and the editor alike:
/// levels of a paragraph (rules P2–I2), visual order of a line from levels (L2), and a line in
/// visual order with mirrored brackets (L4) as a terminal should show it.
/// </summary>
public static class Bidi
{
    /// <summary>ICU's UBIDI_DEFAULT_LTR: paragraph level from the first strong character (P2, P3).</summary>
    public const byte AutoLevel = 0xFE;

    /// <summary>ICU's UBIDI_LEVEL_OVERRIDE: the level is taken as given, its parity is the direction.</summary>
    private const byte LevelOverride = 0x80;

    public const char Lri = '\u2066'; // LEFT-TO-RIGHT ISOLATE (X5a)
    public const char Pdi = '\u2069'; // POP DIRECTIONAL ISOLATE (X6a)

    /// <summary>
    /// Formatting characters that steer the algorithm but never reach paper or screen: ALM, LRM,
    /// RLM, LRE…RLO, LRI…PDI, and the line and paragraph separators lines are broken on.
    /// </summary>
    public static bool IsControl(char c) => c switch
    {
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\n' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    /// <summary>
    /// Resolved level per UTF-16 unit (rules X1–I2 and L1: ICU resets trailing whitespace and
    /// isolate controls to the paragraph level in its levels array).
    /// </summary>
    public static byte[] Levels(string text, byte paragraphLevel)
    {
        Resolve(text, paragraphLevel, out var levels);
        return levels;
    }

    /// <summary>As <see cref="Levels"/>, also returning the resolved paragraph level (P2, P3).</summary>
    public static byte Resolve(string text, byte paragraphLevel, out byte[] levels)
    {
        if (text.Length == 0)
        {
            levels = [];
            return paragraphLevel == AutoLevel ? (byte)0 : paragraphLevel;
        }

        using var bidi = new IcuBidi();
        bidi.SetPara(text, paragraphLevel);
        levels = bidi.Levels();
        return bidi.ParagraphLevel;
    }

    /// <summary>
    /// Rule L2 for items with the given levels (e.g. the runs of one line): their indices in visual
    /// order. ICU is handed one placeholder per item with its level forced (UBIDI_LEVEL_OVERRIDE),
    /// which is what ubidi_reorderVisual does.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        if (levels.Length == 0) { return []; }
        var paragraph = byte.MaxValue;
        var forced = new byte[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            paragraph = Math.Min(paragraph, levels[i]);
            forced[i] = (byte)(levels[i] | LevelOverride);
        }

        using var bidi = new IcuBidi();
        // Lowest level as the paragraph's, with its parity: the override levels are never below it.
        bidi.SetPara(new string('x', levels.Length), (byte)(paragraph & 1), forced);
        return bidi.VisualMap();
    }

    /// <summary>
    /// One line of text in the order the engine prints it, for a screen that does no bidi of its
    /// own: left-to-right runs of a right-to-left line isolated as the engine isolates them (see
    /// <see cref="Isolation"/>), then in visual order, brackets mirrored (L4) unless asked not to,
    /// bidi controls left out, and combining marks kept after their base (as a terminal draws a
    /// mark over the cell before it).
    /// </summary>
    public static string AsPrinted(string line, bool rightToLeft, bool mirror = true) =>
        VisualLine(rightToLeft ? Isolation.IsolateLeftToRightRuns(line) : line, rightToLeft, mirror);

    /// <summary>As <see cref="AsPrinted"/>, for text whose isolates (if any) are already in it.</summary>
    public static string VisualLine(string line, bool rightToLeft, bool mirror = true)
    {
        if (line.Length == 0) { return line; }
        using var bidi = new IcuBidi();
        bidi.SetPara(line, rightToLeft ? (byte)1 : (byte)0);
        var visual = bidi.Reordered((ushort)((mirror ? IcuBidi.DoMirroring : 0) | IcuBidi.KeepBaseCombining));
        // ICU's REMOVE_BIDI_CONTROLS would also drop ZWNJ and ZWJ, which belong to the words (Persian
        // می‌توانید): only the controls the engine never prints go.
        return string.Concat(visual.Where(c => !IsControl(c)));
    }
}

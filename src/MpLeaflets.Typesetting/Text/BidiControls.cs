namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Formatting characters that steer the bidi algorithm but must never reach paper: they are
/// kept for ICU and left out of every shaped run, so they make no glyph and no box.
/// </summary>
internal static class BidiControls
{
    public const char Lri = '\u2066'; // LEFT-TO-RIGHT ISOLATE (UAX #9 X5a)
    public const char Pdi = '\u2069'; // POP DIRECTIONAL ISOLATE (UAX #9 X6a)

    /// <summary>True for ALM, LRM, RLM, LRE…RLO, LRI…PDI and line/paragraph separators we break on.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\n' or '\u2028' or '\u2029' => true,
        _ => false,
    };
}

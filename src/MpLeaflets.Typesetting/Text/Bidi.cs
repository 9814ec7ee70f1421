using Icu;

namespace MpLeaflets.Typesetting.Text;

/// <summary>Embedding levels from ICU's implementation of the Unicode Bidirectional Algorithm (UAX #9).</summary>
internal static class Bidi
{
    /// <summary>ICU's UBIDI_DEFAULT_LTR: paragraph level from the first strong character (P2, P3).</summary>
    public const byte AutoLevel = 0xFE;

    /// <summary>
    /// Resolved level per UTF-16 unit, with rules X1–I2 and L1 applied (ICU resets trailing
    /// whitespace and isolate controls to the paragraph level in its levels array).
    /// </summary>
    public static byte[] Levels(string text, byte paragraphLevel)
    {
        IcuSetup.Ensure();
        if (text.Length == 0)
        {
            return [];
        }

        using var bidi = new BiDi();
        bidi.SetPara(text, paragraphLevel, null);
        return bidi.GetLevels().ToArray();
    }

    /// <summary>As <see cref="Levels(string, byte)"/>, also returning the resolved paragraph level (P2, P3).</summary>
    public static byte Resolve(string text, byte paragraphLevel, out byte[] levels)
    {
        IcuSetup.Ensure();
        using var bidi = new BiDi();
        bidi.SetPara(text, paragraphLevel, null);
        levels = bidi.GetLevels().ToArray();
        return bidi.GetParaLevel();
    }
}

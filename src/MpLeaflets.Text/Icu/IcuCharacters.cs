namespace MpLeaflets.Text.Icu;

/// <summary>ICU's UCharDirection: a character's bidi class (UAX #9, table 4), with ICU's numbers.</summary>
internal enum IcuDirection
{
    LeftToRight = 0, RightToLeft = 1, EuropeanNumber = 2, EuropeanNumberSeparator = 3, EuropeanNumberTerminator = 4,
    ArabicNumber = 5, CommonNumberSeparator = 6, BlockSeparator = 7, SegmentSeparator = 8, WhiteSpaceNeutral = 9,
    OtherNeutral = 10, LeftToRightEmbedding = 11, LeftToRightOverride = 12, RightToLeftArabic = 13,
    RightToLeftEmbedding = 14, RightToLeftOverride = 15, PopDirectionalFormat = 16, NonSpacingMark = 17,
    BoundaryNeutral = 18, FirstStrongIsolate = 19, LeftToRightIsolate = 20, RightToLeftIsolate = 21, PopDirectionalIsolate = 22,
}

/// <summary>Character properties from ICU's data: stateless calls, safe from any thread.</summary>
internal static unsafe class IcuCharacters
{
    private const int ScriptProperty = 0x100A; // UCHAR_SCRIPT

    /// <summary>The bidi class of a code point (u_charDirection).</summary>
    public static IcuDirection Direction(int codePoint) => (IcuDirection)IcuNative.F.u_charDirection(codePoint);

    /// <summary>The UScriptCode of a code point (u_getIntPropertyValue with UCHAR_SCRIPT).</summary>
    public static int Script(int codePoint) => IcuNative.F.u_getIntPropertyValue(codePoint, ScriptProperty);

    /// <summary>
    /// The lowest code point of a UnicodeSet pattern such as <c>[:Script=Arab:]</c>, or null when the
    /// set is empty or ICU does not accept the pattern (e.g. a script name it does not know).
    /// </summary>
    public static int? FirstOf(string pattern)
    {
        var error = 0;
        nint set;
        fixed (char* p = pattern) { set = IcuNative.F.uset_openPattern(p, pattern.Length, &error); }
        try
        {
            if (error > 0 || set == 0) { return null; }
            var first = IcuNative.F.uset_charAt(set, 0);
            return first < 0 ? null : first;
        }
        finally
        {
            if (set != 0) { IcuNative.F.uset_close(set); }
        }
    }
}

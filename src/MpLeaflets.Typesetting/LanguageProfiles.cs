using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting;

/// <summary>Typographic facts of a language: direction, fonts and digits. Nothing about translations.</summary>
public sealed record LanguageProfile(string Code, TextDirection Direction, FontChain Fonts, Digits Digits)
{
    /// <summary>Body text settings for this language at the given size (12 pt normal, 16 pt large print).</summary>
    public TextSettings Text(float size = 12f) => new(Code, Direction, Fonts, size, Code == "ur" ? 1.9f : 1.35f);
}

/// <summary>Profiles for the languages the project prints; unknown codes fall back to Latin script, LTR.</summary>
public static class LanguageProfiles
{
    private static readonly FontChain Latin = new("NotoSans");
    private static readonly FontChain Arabic = new("NotoNaskhArabic", "NotoSans");

    private static readonly Dictionary<string, LanguageProfile> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new("sq", TextDirection.LeftToRight, Latin, Digits.Latin),
        ["fr"] = new("fr", TextDirection.LeftToRight, Latin, Digits.Latin),
        ["vi"] = new("vi", TextDirection.LeftToRight, Latin, Digits.Latin),
        ["en"] = new("en", TextDirection.LeftToRight, Latin, Digits.Latin),
        ["ar"] = new("ar", TextDirection.RightToLeft, Arabic, Digits.ArabicIndic),
        ["ckb"] = new("ckb", TextDirection.RightToLeft, Arabic, Digits.ArabicIndic),
        ["fa"] = new("fa", TextDirection.RightToLeft, Arabic, Digits.ExtendedArabicIndic),
        ["ps"] = new("ps", TextDirection.RightToLeft, Arabic, Digits.ExtendedArabicIndic),
        ["ur"] = new("ur", TextDirection.RightToLeft, new("NotoNastaliqUrdu", "NotoNaskhArabic", "NotoSans"), Digits.ExtendedArabicIndic),
        ["ti"] = new("ti", TextDirection.LeftToRight, new("NotoSansEthiopic", "NotoSans"), Digits.Latin),
        ["am"] = new("am", TextDirection.LeftToRight, new("NotoSansEthiopic", "NotoSans"), Digits.Latin),
        ["bn"] = new("bn", TextDirection.LeftToRight, new("NotoSansBengali", "NotoSans"), Digits.Bengali),
        ["ta"] = new("ta", TextDirection.LeftToRight, new("NotoSansTamil", "NotoSans"), Digits.Latin),
        ["zh-Hans"] = new("zh-Hans", TextDirection.LeftToRight, new("NotoSansSC", "NotoSans"), Digits.Latin),
    };

    public static IReadOnlyCollection<string> Codes => Known.Keys;

    public static LanguageProfile For(string code) =>
        Known.TryGetValue(code, out var profile) ? profile : new LanguageProfile(code, TextDirection.LeftToRight, Latin, Digits.Latin);
}

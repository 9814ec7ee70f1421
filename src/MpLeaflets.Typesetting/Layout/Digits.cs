using System.Globalization;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>The digits a language prints page numbers and list numbers in.</summary>
public enum Digits
{
    /// <summary>0–9.</summary>
    Latin,

    /// <summary>٠–٩ (U+0660…), used in Arabic and Sorani.</summary>
    ArabicIndic,

    /// <summary>۰–۹ (U+06F0…), used in Persian, Urdu and Pashto.</summary>
    ExtendedArabicIndic,

    /// <summary>০–৯ (U+09E6…).</summary>
    Bengali,
}

public static class DigitsExtensions
{
    /// <summary>Formats a non-negative number in the given digits, e.g. 12 → "١٢".</summary>
    public static string Format(this Digits digits, int number)
    {
        var latin = number.ToString(CultureInfo.InvariantCulture);
        var zero = digits switch
        {
            Digits.ArabicIndic => '\u0660',
            Digits.ExtendedArabicIndic => '\u06F0',
            Digits.Bengali => '\u09E6',
            _ => '0',
        };
        return zero == '0' ? latin : string.Create(latin.Length, (latin, zero), static (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsAsciiDigit(s.latin[i]) ? (char)(s.zero + (s.latin[i] - '0')) : s.latin[i];
            }
        });
    }
}

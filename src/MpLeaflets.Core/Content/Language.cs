namespace MpLeaflets.Content;

/// <summary>One row of content/languages.csv.</summary>
/// <param name="Code">BCP 47 tag, also the name of translations/&lt;code&gt;.csv.</param>
/// <param name="Fonts">Font families tried in order for this language's text, before the shared fallbacks.</param>
/// <param name="Digits">CLDR numbering system for page numbers: latn, arab, arabext, beng, tamldec, deva.</param>
public sealed record Language(
    string Code,
    string EnglishName,
    string NativeName,
    TextDirection Direction,
    string Script,
    IReadOnlyList<string> Fonts,
    string Digits)
{
    public bool IsRightToLeft => Direction == TextDirection.Rtl;

    /// <summary>Formats a number with this language's digits (for page numbers).</summary>
    public string FormatNumber(int value)
    {
        var zero = DigitSystems.Zero(Digits);
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return zero == '0' ? text : string.Concat(text.Select(c => (char)(zero + (c - '0'))));
    }
}

/// <summary>English, the source language: always buildable, never a row of languages.csv.</summary>
public static class EnglishLanguage
{
    /// <summary>Its code, also the name of its output folder (output/en/): no registered language may take it.</summary>
    public const string Code = "en";

    public static Language Instance { get; } = new(Code, "English", "English", TextDirection.Ltr, "Latn", ["Noto Sans"], "latn");

    /// <summary>Whether a code would be printed into English's output folder (on a case-insensitive disk too).</summary>
    public static bool Clashes(string code) => string.Equals(code, Code, StringComparison.OrdinalIgnoreCase);
}

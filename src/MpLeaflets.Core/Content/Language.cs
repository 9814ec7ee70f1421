using MpLeaflets.Text;

namespace MpLeaflets.Content;

/// <summary>One row of content/languages.csv: a language's names, and its <see cref="LanguageProfile"/>.</summary>
/// <param name="Code">BCP 47 tag, also the name of translations/&lt;code&gt;.csv and of its output folder.</param>
public sealed record Language(string Code, string EnglishName, string NativeName, LanguageProfile Profile)
{
    /// <summary>A language with the typographic defaults (no extra leading, no minimum size).</summary>
    public Language(string code, string englishName, string nativeName, TextDirection direction, string script, IReadOnlyList<string> fonts, string digits)
        : this(code, englishName, nativeName, new LanguageProfile(code, direction, script, fonts, DigitSystem.Parse(digits)))
    {
    }

    public TextDirection Direction => Profile.Direction;

    /// <summary>ISO 15924 script code, e.g. Arab, Ethi, Hans.</summary>
    public string Script => Profile.Script;

    /// <summary>Font families tried in order for this language's text, before the shared fallbacks.</summary>
    public IReadOnlyList<string> Fonts => Profile.Fonts;

    /// <summary>The digits every number the program writes is in (page numbers, dates, list numbers).</summary>
    public DigitSystem Digits => Profile.Digits;

    public bool IsRightToLeft => Profile.IsRightToLeft;

    public string FormatNumber(int value) => Digits.Format(value);
}

/// <summary>English, the source language: always buildable, never a row of languages.csv.</summary>
public static class EnglishLanguage
{
    /// <summary>Its code, also the name of its output folder (output/en/): no registered language may take it.</summary>
    public const string Code = "en";

    public static Language Instance { get; } = new(Code, "English", "English", TextDirection.LeftToRight, "Latn", [FontFamilies.Fallback], "latn");

    /// <summary>Whether a code would be printed into English's output folder (on a case-insensitive disk too).</summary>
    public static bool Clashes(string code) => string.Equals(code, Code, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using MpLeaflets.Text;

namespace MpLeaflets.Content;

/// <summary>
/// The columns of content/languages.csv and what each may hold, checked the same way for a row of
/// the file and for the options of 'mpleaflets add-language'. A bad value is a
/// <see cref="ContentException"/> made by the caller (with the file's line, or naming the option).
/// </summary>
public static class LanguageFields
{
    public static readonly IReadOnlyList<string> Header =
        ["code", "english_name", "native_name", "direction", "script", "fonts", "digits", "line_height", "line_height_forms", "min_size"];

    /// <summary>The columns of files written before the line heights and minimum size were added; they still load.</summary>
    public static readonly IReadOnlyList<string> FirstHeader = Header.Take(7).ToList();

    /// <param name="error">Makes the exception for a bad value: (column, problem, fix).</param>
    public static Language Parse(IReadOnlyList<string> f, Func<string, string, string, ContentException> error)
    {
        var code = f[0];
        if (!LanguageCatalog.IsValidCode(code))
        {
            throw error("code", $"'{code}' is not a language code", "Use a BCP 47 tag such as 'ar', 'fa', 'om' or 'zh-Hans'");
        }
        if (EnglishLanguage.Clashes(code))
        {
            throw error("code", $"'{code}' is English, the source language: it is always built, from content/documents, into output/en/",
                "English needs no row; for a regional variety use a tag such as 'en-GB'");
        }
        var direction = f[3] switch
        {
            "ltr" => TextDirection.LeftToRight,
            "rtl" => TextDirection.RightToLeft,
            _ => throw error("direction", $"direction '{f[3]}' for {code} is neither ltr nor rtl", "Write ltr or rtl"),
        };
        if (!Scripts.IsKnown(f[4]))
        {
            throw error("script", $"'{f[4]}' for {code} is not a script code", "Use an ISO 15924 code such as Latn, Arab, Ethi, Beng, Taml, Deva or Hans");
        }
        var fonts = f[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = fonts.FirstOrDefault(font => !FontFamilies.IsKnown(font));
        if (fonts.Length == 0 || unknown is not null)
        {
            throw error("fonts", unknown is null ? $"no fonts for {code}" : $"the font '{unknown}' for {code} is not one the program has",
                $"Name one or more of: {string.Join("; ", FontFamilies.Names)} (separated by ';')");
        }
        if (!DigitSystem.TryParse(f[6], out var digits))
        {
            throw error("digits", $"unknown digits '{f[6]}' for {code}", $"Use one of: {string.Join(", ", DigitSystem.Names)}");
        }
        var lineHeight = Number(f, 7, 1f, 3f, "line_height", code, error);
        var formLineHeight = Number(f, 8, 1f, 3f, "line_height_forms", code, error);
        var minimum = Number(f, 9, 4f, 24f, "min_size", code, error);
        return new Language(code, f[1], f[2], new LanguageProfile(code, direction, f[4], fonts, digits, lineHeight, formLineHeight, minimum));
    }

    public static IReadOnlyList<string> Format(Language l) =>
    [
        l.Code, l.EnglishName, l.NativeName, l.IsRightToLeft ? "rtl" : "ltr", l.Script, string.Join(";", l.Fonts), l.Digits.Name,
        Text(l.Profile.LineHeight), Text(l.Profile.FormLineHeight), Text(l.Profile.MinimumSize),
    ];

    /// <summary>An optional number in a range; an empty cell (or a column the file does not have) is none.</summary>
    private static float? Number(IReadOnlyList<string> f, int column, float min, float max, string name, string code,
        Func<string, string, string, ContentException> error)
    {
        var text = column < f.Count ? f[column].Trim() : "";
        if (text.Length == 0) { return null; }
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw error(name, $"{name} '{text}' for {code} is not a number from {min} to {max}", name.StartsWith("line", StringComparison.Ordinal)
                ? "Write the line height as a multiple of the type size, e.g. 1.9 for Nastaliq, or leave it empty"
                : "Write the smallest type size in points, e.g. 9, or leave it empty");
        }
        return value;
    }

    private static string Text(float? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}

using System.Text.RegularExpressions;
using MpLeaflets.Csv;

namespace MpLeaflets.Content;

/// <summary>content/languages.csv: the languages the project prints, in a fixed order.</summary>
public sealed partial class LanguageCatalog
{
    public const string RelativePath = "content/languages.csv";

    public static readonly IReadOnlyList<string> Header = ["code", "english_name", "native_name", "direction", "script", "fonts", "digits"];

    public LanguageCatalog(IReadOnlyList<Language> languages) => Languages = languages;

    public IReadOnlyList<Language> Languages { get; }

    public Language? Find(string code) => Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language for a code given by a user, or an error listing the known codes.</summary>
    public Language Require(string code) => Find(code) ?? throw ContentException.Usage(
        $"unknown language '{code}'", $"Known languages: {string.Join(", ", Languages.Select(l => l.Code))}. Add one with 'mpleaflets add-language'");

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    public static LanguageCatalog Read(string path)
    {
        var languages = new List<Language>();
        foreach (var record in CanonicalCsv.Read(path, RelativePath, Header))
        {
            var f = record.Fields;
            if (!IsValidCode(f[0]))
            {
                throw new ContentException(RelativePath, record.Line, $"'{f[0]}' is not a language code",
                    "Use a BCP 47 tag such as 'ar', 'fa' or 'zh-Hans'");
            }
            if (EnglishLanguage.Clashes(f[0]))
            {
                throw new ContentException(RelativePath, record.Line, $"'{f[0]}' is English, the source language, which is always built from content/documents",
                    "Delete this row; English needs no row here");
            }
            var direction = f[3] switch
            {
                "ltr" => TextDirection.Ltr,
                "rtl" => TextDirection.Rtl,
                _ => throw new ContentException(RelativePath, record.Line, $"direction '{f[3]}' for {f[0]} is neither ltr nor rtl", "Write ltr or rtl"),
            };
            if (!DigitSystems.IsKnown(f[6]))
            {
                throw new ContentException(RelativePath, record.Line, $"unknown digits '{f[6]}' for {f[0]}", $"Use one of: {string.Join(", ", DigitSystems.Names)}");
            }
            if (languages.Any(l => string.Equals(l.Code, f[0], StringComparison.OrdinalIgnoreCase)))
            {
                throw new ContentException(RelativePath, record.Line, $"language {f[0]} is listed twice", "Delete one of the two rows");
            }
            var fonts = f[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            languages.Add(new Language(f[0], f[1], f[2], direction, f[4], fonts, f[6]));
        }
        return new LanguageCatalog(languages);
    }

    public string ToCsv() => CanonicalCsv.Write(Header, Languages.Select(l => (IReadOnlyList<string>)
        [l.Code, l.EnglishName, l.NativeName, l.Direction == TextDirection.Rtl ? "rtl" : "ltr", l.Script, string.Join(";", l.Fonts), l.Digits]));

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CodePattern();
}

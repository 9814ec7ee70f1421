using System.Text.RegularExpressions;
using MpLeaflets.Csv;

namespace MpLeaflets.Content;

/// <summary>content/languages.csv: the languages the project prints, in a fixed order.</summary>
public sealed partial class LanguageCatalog
{
    public const string RelativePath = "content/languages.csv";

    public static IReadOnlyList<string> Header => LanguageFields.Header;

    public LanguageCatalog(IReadOnlyList<Language> languages) => Languages = languages;

    public IReadOnlyList<Language> Languages { get; }

    public Language? Find(string code) => Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language for a code given by a user, or an error listing the known codes.</summary>
    public Language Require(string code) => Find(code) ?? throw ContentException.Usage(
        $"unknown language '{code}'", $"Known languages: {string.Join(", ", Languages.Select(l => l.Code))}. Add one with 'mpleaflets add-language'");

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    public static LanguageCatalog Read(string path)
    {
        var text = StrictText.ReadUtf8(path, RelativePath);
        var first = text.Split('\n', 2)[0].TrimEnd('\r');
        var header = first == string.Join(",", LanguageFields.FirstHeader) ? LanguageFields.FirstHeader : LanguageFields.Header;
        var languages = new List<Language>();
        foreach (var record in CanonicalCsv.Parse(text, RelativePath, header))
        {
            var language = LanguageFields.Parse(record.Fields, (_, problem, fix) => new ContentException(RelativePath, record.Line, problem, fix));
            if (languages.Any(l => string.Equals(l.Code, language.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ContentException(RelativePath, record.Line, $"language {language.Code} is listed twice", "Delete one of the two rows");
            }
            languages.Add(language);
        }
        return new LanguageCatalog(languages);
    }

    public string ToCsv() => CanonicalCsv.Write(Header, Languages.Select(LanguageFields.Format));

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CodePattern();
}

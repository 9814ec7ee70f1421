using MpLeaflets.Content;
using MpLeaflets.Text;

namespace MpLeaflets.Bench;

/// <summary>The languages' profiles as the project ships them (content/languages.csv).</summary>
internal static class Profiles
{
    private static readonly Lazy<Dictionary<string, LanguageProfile>> All = new(() =>
        LanguageCatalog.Read(Path.Combine(BuildBenchmark.FindRoot(), "content", "languages.csv")).Languages
            .Append(EnglishLanguage.Instance).ToDictionary(l => l.Code, l => l.Profile, StringComparer.OrdinalIgnoreCase));

    public static LanguageProfile For(string code) => All.Value[code];
}

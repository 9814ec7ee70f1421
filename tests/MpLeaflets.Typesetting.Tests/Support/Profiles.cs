using MpLeaflets.Content;
using MpLeaflets.Text;

namespace MpLeaflets.Typesetting.Tests.Support;

/// <summary>The languages' profiles as the project ships them: read from content/languages.csv, the one place they live.</summary>
internal static class Profiles
{
    private static readonly Lazy<Dictionary<string, LanguageProfile>> All = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "content", "languages.csv"))) { root = root.Parent; }
        var catalog = LanguageCatalog.Read(Path.Combine(root?.FullName ?? throw new InvalidOperationException("no content/languages.csv above the tests"), "content", "languages.csv"));
        return catalog.Languages.Append(EnglishLanguage.Instance).ToDictionary(l => l.Code, l => l.Profile, StringComparer.OrdinalIgnoreCase);
    });

    public static LanguageProfile For(string code) => All.Value[code];

    public static IEnumerable<string> Codes => All.Value.Keys;
}

namespace MpLeaflets.Text;

/// <summary>
/// The font families the program ships (restored from npm by the build, see fonts/package.json),
/// by the names languages.csv uses. A language may only name these, so a misspelt font is an error
/// with its line, not a silent fallback to another script's letters.
/// </summary>
public static class FontFamilies
{
    /// <summary>Always last in every chain, so a Latin word, a digit or punctuation always prints.</summary>
    public const string Fallback = "Noto Sans";

    public static IReadOnlyList<string> Names { get; } =
        ["Noto Sans", "Noto Naskh Arabic", "Noto Nastaliq Urdu", "Noto Sans Ethiopic", "Noto Sans Bengali", "Noto Sans Tamil", "Noto Sans SC"];

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The family's id in the font files' names: the name without spaces ("NotoNaskhArabic").</summary>
    public static string Id(string name) => name.Replace(" ", "", StringComparison.Ordinal);
}

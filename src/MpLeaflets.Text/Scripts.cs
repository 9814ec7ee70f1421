using System.Collections.Concurrent;
using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text;

/// <summary>
/// Which script a character belongs to, from ICU's Script property (UAX #24), named by the ISO 15924
/// codes languages.csv uses. No table of ranges of our own: ICU knows every script of the Unicode
/// version it implements.
/// </summary>
public static class Scripts
{
    private static readonly ConcurrentDictionary<string, int[]> Codes = new(StringComparer.Ordinal);

    /// <summary>
    /// ISO 15924 has codes for script variants and combinations that the Unicode Script property
    /// does not: simplified and traditional Han are both Han; Japanese and Korean mix scripts.
    /// </summary>
    private static readonly Dictionary<string, string[]> Composite = new(StringComparer.Ordinal)
    {
        ["Hans"] = ["Hani"],
        ["Hant"] = ["Hani"],
        ["Jpan"] = ["Hani", "Hira", "Kana"],
        ["Kore"] = ["Hang", "Hani"],
    };

    /// <summary>Whether ICU knows the script code (e.g. a typo in languages.csv would not be).</summary>
    public static bool IsKnown(string script) => script.Length == 4 && CodesOf(script).Length > 0;

    /// <summary>Whether a code point is of the script (characters common to all scripts are not).</summary>
    public static bool Belongs(string script, int codePoint)
    {
        var code = IcuCharacters.Script(codePoint);
        return Array.IndexOf(CodesOf(script), code) >= 0;
    }

    /// <summary>The share of a text's letters that are of the script (1 when there are no letters).</summary>
    public static double ShareIn(string script, string text)
    {
        int letters = 0, inScript = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsLetter(rune)) { continue; }
            letters++;
            if (Belongs(script, rune.Value)) { inScript++; }
        }
        return letters == 0 ? 1 : (double)inScript / letters;
    }

    /// <summary>ICU's UScriptCode values for an ISO 15924 code, found by asking ICU for the
    /// characters of the script by its alias and reading the Script property of the first one.</summary>
    private static int[] CodesOf(string script) => Codes.GetOrAdd(script, static s =>
    {
        var names = Composite.TryGetValue(s, out var parts) ? parts : [s];
        var codes = new List<int>();
        foreach (var name in names)
        {
            if (!name.All(char.IsAsciiLetter)) { continue; }
            // No first character: ICU does not know the name (not a script), or no character has it.
            if (IcuCharacters.FirstOf($"[:Script={name}:]") is { } first) { codes.Add(IcuCharacters.Script(first)); }
        }
        return [.. codes];
    });
}

namespace MpLeaflets.Content;

/// <summary>The decimal digit systems a language can print page numbers in (CLDR numbering system ids).</summary>
public static class DigitSystems
{
    private static readonly Dictionary<string, char> Zeros = new(StringComparer.Ordinal)
    {
        ["latn"] = '0',
        ["arab"] = '\u0660',     // Arabic-Indic ٠
        ["arabext"] = '\u06F0',  // Extended Arabic-Indic ۰ (Persian, Urdu, Pashto)
        ["beng"] = '\u09E6',     // Bengali ০
        ["tamldec"] = '\u0BE6',  // Tamil ௦
        ["deva"] = '\u0966',     // Devanagari ०
    };

    public static IEnumerable<string> Names => Zeros.Keys;

    public static bool IsKnown(string name) => Zeros.ContainsKey(name);

    public static char Zero(string name) =>
        Zeros.TryGetValue(name, out var zero) ? zero : throw new ArgumentException($"unknown digit system '{name}'", nameof(name));
}

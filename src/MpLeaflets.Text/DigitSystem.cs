using System.Globalization;

namespace MpLeaflets.Text;

/// <summary>
/// A decimal digit system, named by its CLDR numbering-system id (languages.csv's <c>digits</c>):
/// every number the program itself prints — page x of y, dates, list numbers — is written in the
/// language's one. Translators' numbers are theirs to write (check compares them by value).
/// </summary>
public sealed class DigitSystem
{
    private static readonly Dictionary<string, DigitSystem> Known = new List<DigitSystem>
    {
        new("latn", '0'),
        new("arab", '\u0660'),    // Arabic-Indic ٠ (Arabic, Sorani)
        new("arabext", '\u06F0'), // Extended Arabic-Indic ۰ (Persian, Urdu, Pashto, Dari)
        new("beng", '\u09E6'),    // Bengali ০
        new("tamldec", '\u0BE6'), // Tamil ௦
        new("deva", '\u0966'),    // Devanagari ०
    }.ToDictionary(d => d.Name, StringComparer.Ordinal);

    private DigitSystem(string name, char zero)
    {
        Name = name;
        Zero = zero;
    }

    public static DigitSystem Latin { get; } = Known["latn"];

    public string Name { get; }

    /// <summary>The digit for zero; the others follow it in Unicode (UAX #44: Nd characters come in runs of ten).</summary>
    public char Zero { get; }

    public static IEnumerable<string> Names => Known.Keys;

    public static bool TryParse(string name, out DigitSystem digits) => Known.TryGetValue(name, out digits!);

    public static DigitSystem Parse(string name) =>
        TryParse(name, out var digits) ? digits : throw new ArgumentException($"unknown digit system '{name}'", nameof(name));

    /// <summary>A non-negative number in these digits, e.g. 12 → "١٢".</summary>
    public string Format(int number) => Digits(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A day as the documents print it (the footer's version, a place's checked-on date): YYYY-MM-DD in these digits.</summary>
    public string Date(DateOnly day) => Digits(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The ASCII digits of a text (a date, "3 / 4") written in these digits; other characters stay.</summary>
    public string Digits(string text) => Zero == '0' ? text : string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(Zero + (c - '0')) : c));

    public override string ToString() => Name;
}

using System.Globalization;
using System.Text.RegularExpressions;
using MpLeaflets.Text;

namespace MpLeaflets.Checks;

/// <summary>
/// The facts in a text that a translator must carry over unchanged: URLs, e-mail addresses, phone
/// numbers, other numbers, and placeholders. Each kind is taken out of the text before the next is
/// looked for, so "020 7219 3000" is one phone number, not three numbers.
/// </summary>
public static class Facts
{
    public sealed record Found(IReadOnlyList<string> Urls, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones,
        IReadOnlyList<string> Numbers, IReadOnlyList<string> Placeholders);

    public static Found Extract(string text)
    {
        var placeholders = Take(ref text, Placeholder());
        var emails = Take(ref text, Email());
        var urls = Take(ref text, Url()).Select(u => u.TrimEnd('.', ',', ')', ';', ':')).ToList();
        var phones = Take(ref text, Phone()).Select(p => p.Trim()).ToList();
        // Numbers may be written in the language's own digits (e.g. Persian ۲۰ for 20).
        var numbers = Take(ref text, Number()).Select(ToAsciiDigits).ToList();
        return new Found(urls, emails, phones, numbers, placeholders);
    }

    /// <summary>Where the facts are in a text: [start, end) of every placeholder, address, phone and number.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var pattern in new[] { Placeholder(), Email(), Url(), Phone(), Number() })
        {
            foreach (Match m in pattern.Matches(text)) { spans.Add((m.Index, m.Index + m.Length)); }
            text = Blank(text, pattern);
        }
        return spans;
    }

    /// <summary>The text with placeholders, e-mail and web addresses taken out (they are not words of the language).</summary>
    public static string WithoutFacts(string text)
    {
        Take(ref text, Placeholder());
        Take(ref text, Email());
        Take(ref text, Url());
        return text;
    }

    public static string ToAsciiDigits(string text) =>
        string.Concat(text.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c));

    private static List<string> Take(ref string text, Regex pattern)
    {
        var found = pattern.Matches(text).Select(m => m.Value).ToList();
        text = Blank(text, pattern);
        return found;
    }

    /// <summary>Each match becomes as many spaces, so the next kind is looked for at the same positions.</summary>
    private static string Blank(string text, Regex pattern) => pattern.Replace(text, m => new string(' ', m.Length));

    private static Regex Placeholder() => FactPatterns.Placeholder();

    private static Regex Url() => FactPatterns.Url();

    private static Regex Email() => FactPatterns.Email();

    private static Regex Phone() => FactPatterns.Phone();

    private static Regex Number() => FactPatterns.Number();

    public static string Describe(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list.Select(i => $"'{i}'"));
    }

    internal static bool SameMultiset(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

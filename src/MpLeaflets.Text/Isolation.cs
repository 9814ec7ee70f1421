using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text;

/// <summary>
/// Wraps left-to-right tokens inside right-to-left text (phone numbers, numbers, web and e-mail
/// addresses, Latin names) in LRI…PDI. Without this, UAX #9 rule N1 treats the spaces between the
/// digit groups of "020 7219 3000" as right-to-left (numbers count as R for neutrals), so the groups
/// come out as "3000 7219 020". Inside an isolate (X5a) the token is one left-to-right unit. The
/// engine does this before it resolves levels, and the editor's preview does the same, so both show
/// the same order.
/// </summary>
public static class Isolation
{
    // A token starts and ends with a character that is strongly left-to-right or a digit (bidi
    // classes L, EN, AN, from ICU), so sentence punctuation after it stays in the right-to-left flow.
    private static readonly Lazy<Regex> Runs = new(() =>
    {
        var edge = "[" + CharacterClass() + "]";
        var inner = "[" + CharacterClass() + @"'’&\-./:@_+%=?#~]";
        var token = @"\+?" + edge + "(?:" + inner + "*" + "(?:" + edge + "|/))?";
        // Tokens in balanced brackets belong to the run, so "(MP)" and "+44 (0)20 7219 3000" stay
        // whole; a lone bracket stays outside and is mirrored with the right-to-left text around it.
        var item = @"(?:\(" + token + @"(?:[ \u00A0]" + token + @")*\)|" + token + ")";
        // Items joined by single spaces form one run ("Home Office", "020 7219 3000").
        return new Regex(item + @"(?:[ \u00A0]?" + item + ")*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    /// <summary>Where the left-to-right runs of a right-to-left text are.</summary>
    public static IEnumerable<(int Start, int Length)> LeftToRightRuns(string text) =>
        Runs.Value.Matches(text).Select(m => (m.Index, m.Length));

    /// <summary>The text with each left-to-right run between LRI and PDI.</summary>
    public static string IsolateLeftToRightRuns(string text)
    {
        var matches = Runs.Value.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + (matches.Count * 2));
        var last = 0;
        foreach (Match m in matches)
        {
            sb.Append(text, last, m.Index - last).Append(Bidi.Lri).Append(m.Value).Append(Bidi.Pdi);
            last = m.Index + m.Length;
        }

        return sb.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>The ranges of the Basic Multilingual Plane whose bidi class is L, EN or AN, as a regex class body.</summary>
    private static string CharacterClass()
    {
        var sb = new StringBuilder();
        int? start = null;
        for (var c = 0; c <= 0x10000; c++)
        {
            var wanted = c < 0x10000 && !char.IsSurrogate((char)c) && IcuCharacters.Direction(c)
                is IcuDirection.LeftToRight or IcuDirection.EuropeanNumber or IcuDirection.ArabicNumber;
            if (wanted && start is null) { start = c; }
            if (!wanted && start is { } s)
            {
                sb.Append(Escape(s));
                if (c - 1 > s) { sb.Append('-').Append(Escape(c - 1)); }
                start = null;
            }
        }

        return sb.ToString();
    }

    private static string Escape(int c) => "\\u" + c.ToString("X4", CultureInfo.InvariantCulture);
}

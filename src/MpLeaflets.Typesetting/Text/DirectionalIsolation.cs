using System.Text;
using System.Text.RegularExpressions;

namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Wraps left-to-right tokens inside right-to-left text (phone numbers, numbers, URLs, e-mail
/// addresses, Latin names) in LRI…PDI. Without this, UAX #9 rule N1 treats the spaces between the
/// digit groups of "020 7346 6700" as right-to-left (numbers count as R for neutrals), so the
/// groups come out as "6700 7346 020". Inside an isolate (X5a) the token is one left-to-right unit.
/// </summary>
public static partial class DirectionalIsolation
{
    // A token starts and ends with a Latin letter or a digit (ASCII, Arabic-Indic or Persian), so
    // sentence punctuation after it stays in the right-to-left flow.
    private const string Edge = @"[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9]";
    private const string Inner = @"[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9'’&\-./:@_+%=?#~]";
    private const string Token = @"\+?" + Edge + "(?:" + Inner + "*" + @"(?:" + Edge + "|/))?";

    // Tokens in balanced brackets belong to the run, so "(MP)" and "+44 (0)20 7346 6700" stay whole;
    // a lone bracket stays outside and is mirrored with the right-to-left text around it.
    private const string Item = @"(?:\(" + Token + @"(?:[ \u00A0]" + Token + @")*\)|" + Token + ")";

    // Items joined by single spaces form one run ("Home Office", "020 7346 6700", "Refugee Action").
    [GeneratedRegex(Item + @"(?:[ \u00A0]?" + Item + ")*", RegexOptions.CultureInvariant)]
    private static partial Regex LeftToRightRun();

    /// <summary>Where the left-to-right runs are, for a preview that must order them as the PDF does.</summary>
    public static IEnumerable<(int Start, int Length)> LeftToRightRuns(string text) =>
        LeftToRightRun().Matches(text).Select(m => (m.Index, m.Length));

    public static string IsolateLeftToRightRuns(string text)
    {
        var matches = LeftToRightRun().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + (matches.Count * 2));
        var last = 0;
        foreach (Match m in matches)
        {
            sb.Append(text, last, m.Index - last).Append(BidiControls.Lri).Append(m.Value).Append(BidiControls.Pdi);
            last = m.Index + m.Length;
        }

        return sb.Append(text, last, text.Length - last).ToString();
    }
}

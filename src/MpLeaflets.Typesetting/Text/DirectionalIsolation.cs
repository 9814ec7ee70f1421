using System.Text;
using System.Text.RegularExpressions;

namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Wraps left-to-right tokens inside right-to-left text (phone numbers, numbers, URLs, e-mail
/// addresses, Latin names) in LRI…PDI. Without this, UAX #9 rule N1 treats the spaces between the
/// digit groups of "020 7346 6700" as right-to-left (numbers count as R for neutrals), so the
/// groups come out as "6700 7346 020". Inside an isolate (X5a) the token is one left-to-right unit.
/// </summary>
internal static partial class DirectionalIsolation
{
    // A token starts and ends with a Latin letter or a digit (ASCII, Arabic-Indic or Persian), so
    // sentence punctuation after it stays in the right-to-left flow; tokens joined by single
    // spaces form one run ("Home Office", "020 7346 6700", "Refugee Action").
    // A run wrapped in brackets takes them into the isolate, so "(MP)" keeps its brackets in
    // order for extractors that see only glyph positions.
    [GeneratedRegex(
        @"(?<open>\()?\+?[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9]"
        + @"(?:[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9'’&\-./:@_+%=?#~]*[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9/])?"
        + @"(?:[ \u00A0]\+?[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9]"
        + @"(?:[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9'’&\-./:@_+%=?#~]*[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0660-\u0669\u06F0-\u06F9/])?)*(?(open)\)|)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LeftToRightRun();

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

using System.Globalization;
using System.Text;

namespace MpLeaflets.Tests.Readers;

/// <summary>
/// Word recall: the share of a translation's words (Markdown already stripped) that a reader gives
/// back as whole tokens. Tokens are cut at white space only, so a word a reader breaks in two, or
/// glues to its neighbour, is missed; punctuation at a token's ends is dropped (brackets and full
/// stops move in right-to-left runs). Both sides are NFC, nothing else: presentation forms, radicals,
/// U+0000 and dotless letters stay what they are and miss. A line break between two Han characters is
/// no word break (Chinese wraps lines without spaces), so it is dropped from the reader's text.
/// </summary>
internal static class WordRecall
{
    public static (double Recall, List<string> Missed) Of(string expected, string reader)
    {
        var joined = JoinHanLines(reader.Normalize(NormalizationForm.FormC));
        var have = Tokens(joined).ToHashSet(StringComparer.Ordinal);
        var words = Tokens(expected).ToList();
        // A Chinese token (a clause between punctuation) counts when the reader has it unbroken, even
        // where a reader puts no punctuation or line between it and the next clause.
        var missed = words.Where(w => !have.Contains(w) && !(w.Any(IsHan) && joined.Contains(w, StringComparison.Ordinal))).ToList();
        return (words.Count == 0 ? 1 : 1 - (missed.Count / (double)words.Count), missed);
    }

    public static IEnumerable<string> Tokens(string text)
    {
        var joined = text.Normalize(NormalizationForm.FormC);
        // Chinese puts no spaces between words: its own punctuation (U+3000–303F, full-width forms) ends a token too.
        var cut = string.Concat(joined.Select(c => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF20') ? ' ' : c));
        foreach (var raw in cut.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.AsSpan().Trim(Edges);
            var start = 0;
            var end = token.Length;
            while (start < end && IsEdge(token[start])) { start++; }
            while (end > start && IsEdge(token[end - 1])) { end--; }
            if (end > start && token[start..end].ContainsAnyExcept(Edges))
            {
                var word = token[start..end].ToString();
                if (word.Any(char.IsLetterOrDigit)) { yield return word; }
            }
        }
    }

    private static readonly char[] Edges = ['\u200E', '\u200F', '\u2066', '\u2067', '\u2068', '\u2069', '\u00A0'];

    private static bool IsEdge(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format
        || Array.IndexOf(Edges, c) >= 0;

    private static string JoinHanLines(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && sb.Length > 0 && IsHan(sb[^1]))
            {
                var j = i + 1;
                while (j < text.Length && text[j] == ' ') { j++; }
                if (j < text.Length && IsHan(text[j])) { i = j - 1; continue; }
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');
}

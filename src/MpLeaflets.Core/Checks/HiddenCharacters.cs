namespace MpLeaflets.Checks;

/// <summary>
/// Invisible characters that can change what a reader sees without changing what a check compares.
/// Refused anywhere: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: RLO
/// around "020 7219 3000" prints "0003 9127 020"), C0 and C1 controls and NUL (a line break,
/// written as a backslash and a new line, is the one control a unit may hold). Allowed, except
/// where they could change how a fact reads: the marks LRM, RLM and ALM (refused inside a number,
/// phone, address or placeholder, and next to one with nothing but spaces or punctuation between,
/// since UAX #9 then lets them reorder it), and ZWNJ and ZWJ (needed inside Persian and Indic
/// words; refused inside or touching a fact, where they would break a copied number or address).
/// </summary>
public static class HiddenCharacters
{
    public static IEnumerable<string> Problems(string text)
    {
        var forbidden = new List<string>();
        var marks = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsForbidden(c)) { forbidden.Add(Name(c)); }
            else if (IsMark(c) || IsJoiner(c)) { marks.Add(i); }
        }
        foreach (var name in forbidden.Distinct())
        {
            yield return $"the translation holds the invisible character {name}, which can reorder or hide what is printed";
        }
        if (marks.Count == 0) { yield break; }

        // Facts are found in the text as a reader sees it (without the marks), then each mark is
        // placed between two of those visible characters.
        var visible = new System.Text.StringBuilder(text.Length);
        var before = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            before[i] = visible.Length;
            if (!IsMark(text[i]) && !IsJoiner(text[i])) { visible.Append(text[i]); }
        }
        var seen = visible.ToString();
        var spans = Facts.Spans(seen);
        foreach (var i in marks)
        {
            var at = before[i];
            foreach (var (start, end) in spans)
            {
                var inside = at > start && at < end;
                var touching = at == start || at == end;
                var reaches = IsMark(text[i]) && OnlyNeutralsBetween(seen, at, start, end);
                if (inside || touching || reaches)
                {
                    yield return $"the invisible character {Name(text[i])} is {(inside ? "inside" : "next to")} '{seen[start..end]}', where it can change how it reads";
                    break;
                }
            }
        }
    }

    private static bool IsForbidden(char c) =>
        c is (< '\u0020' and not '\n') or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsMark(char c) => c is '\u200E' or '\u200F' or '\u061C';

    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    /// <summary>Whether only spaces and punctuation lie between position <paramref name="at"/> and the span.</summary>
    private static bool OnlyNeutralsBetween(string text, int at, int start, int end)
    {
        var (from, to) = at <= start ? (at, start) : (end, at);
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i])) { return false; }
        }
        return true;
    }

    private static string Name(char c) => c switch
    {
        '\u0000' => "NUL",
        '\t' => "TAB (U+0009)",
        '\r' => "CARRIAGE RETURN (U+000D)",
        '\u200E' => "LEFT-TO-RIGHT MARK (U+200E)",
        '\u200F' => "RIGHT-TO-LEFT MARK (U+200F)",
        '\u061C' => "ARABIC LETTER MARK (U+061C)",
        '\u200C' => "ZERO WIDTH NON-JOINER (U+200C)",
        '\u200D' => "ZERO WIDTH JOINER (U+200D)",
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING (U+202A)",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING (U+202B)",
        '\u202C' => "POP DIRECTIONAL FORMATTING (U+202C)",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE (U+202D)",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE (U+202E)",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE (U+2066)",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE (U+2067)",
        '\u2068' => "FIRST STRONG ISOLATE (U+2068)",
        '\u2069' => "POP DIRECTIONAL ISOLATE (U+2069)",
        _ => $"U+{(int)c:X4} (a control character)",
    };
}

using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text;

/// <summary>
/// Where a line may end: ICU's implementation of UAX #14 (with its dictionaries for CJK and
/// Southeast Asian scripts), except inside a fact. A reader copying "020 7219 3000" or
/// "https://members.parliament.uk/" by hand from two lines gets it wrong, so phone numbers, web and
/// e-mail addresses, placeholders, numbers with their sign or unit, and bracketed Latin terms of up
/// to four words ("(Home Office)") are never broken: one that does not fit moves whole to the next line.
/// </summary>
public static class LineBreaks
{
    // An ICU iterator holds its text and position, so it is never shared: one per language per thread.
    [ThreadStatic]
    private static Dictionary<string, IcuLineBreaker>? _iterators;

    /// <summary>
    /// Offsets after which a line may break (the text length is always last). ICU reports a
    /// boundary after a mandatory break (LB4, LB5: after LF/NEL/LS/PS); callers tell those by the
    /// preceding character (<see cref="IsMandatory"/>).
    /// </summary>
    public static List<int> Opportunities(string text, string language)
    {
        _iterators ??= new Dictionary<string, IcuLineBreaker>(StringComparer.Ordinal);
        if (!_iterators.TryGetValue(language, out var iterator))
        {
            // Creating an iterator loads rules and dictionaries; one per language per thread.
            iterator = new IcuLineBreaker(language);
            _iterators[language] = iterator;
        }

        var result = iterator.Boundaries(text);
        if (result.Count == 0 || result[^1] != text.Length)
        {
            result.Add(text.Length);
        }

        var facts = Unbreakable(text);
        if (facts.Count == 0) { return result; }
        // Facts merged into disjoint ranges in text order, then one pass drops the opportunities inside one.
        facts.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var fact in facts)
        {
            if (merged.Count > 0 && fact.Start < merged[^1].End) { merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, fact.End)); }
            else { merged.Add(fact); }
        }
        var kept = new List<int>(result.Count);
        var f = 0;
        foreach (var b in result)
        {
            while (f < merged.Count && merged[f].End <= b) { f++; }
            if (f == merged.Count || b <= merged[f].Start) { kept.Add(b); }
        }
        return kept;
    }

    /// <summary>The [start, end) ranges no line may break inside.</summary>
    public static List<(int Start, int End)> Unbreakable(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var pattern in new[] { FactPatterns.Url(), FactPatterns.Email(), FactPatterns.Phone(), FactPatterns.Placeholder(),
                     FactPatterns.NumberWithSign(), FactPatterns.BracketedLatinTerm() })
        {
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text))
            {
                // A sentence's full stop or comma after an address is not part of it.
                var end = m.Index + m.Length;
                while (end > m.Index + 1 && text[end - 1] is '.' or ',' or ';' or ':') { end--; }
                spans.Add((m.Index, end));
            }
        }
        return spans;
    }

    /// <summary>LB4/LB5: a line always ends after LF and the Unicode line and paragraph separators.</summary>
    public static bool IsMandatory(char c) => c is '\n' or '\u2028' or '\u2029';
}

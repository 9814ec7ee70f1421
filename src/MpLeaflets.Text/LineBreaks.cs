using Icu;

namespace MpLeaflets.Text;

/// <summary>Where a line may end, from ICU's implementation of UAX #14 (with its dictionaries for CJK and Southeast Asian scripts).</summary>
public static class LineBreaks
{
    [ThreadStatic]
    private static Dictionary<string, BreakIterator>? _iterators;

    /// <summary>
    /// Offsets after which a line may break (the text length is always last). ICU reports a
    /// boundary after a mandatory break (LB4, LB5: after LF/NEL/LS/PS); callers tell those by the
    /// preceding character (<see cref="IsMandatory"/>).
    /// </summary>
    public static List<int> Opportunities(string text, string language)
    {
        IcuLibrary.Ensure();
        _iterators ??= new Dictionary<string, BreakIterator>(StringComparer.Ordinal);
        if (!_iterators.TryGetValue(language, out var iterator))
        {
            // Creating an iterator loads rules and dictionaries; one per language per thread.
            iterator = BreakIterator.CreateLineInstance(new Locale(language));
            _iterators[language] = iterator;
        }

        iterator.SetText(text);
        var result = new List<int>();
        for (var b = iterator.MoveFirst(); b != BreakIterator.DONE; b = iterator.MoveNext())
        {
            if (b > 0)
            {
                result.Add(b);
            }
        }

        if (result.Count == 0 || result[^1] != text.Length)
        {
            result.Add(text.Length);
        }

        return result;
    }

    /// <summary>LB4/LB5: a line always ends after LF and the Unicode line and paragraph separators.</summary>
    public static bool IsMandatory(char c) => c is '\n' or '\u2028' or '\u2029';
}

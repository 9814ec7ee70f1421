using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>A done translation of the same or similar English, offered for the current unit.</summary>
/// <param name="Percent">100 for the same English; otherwise how many words the two share (Dice coefficient).</param>
public sealed record Suggestion(string Id, string Source, string Translation, int Percent);

/// <summary>
/// Translation memory over one language's file: the done units whose English is the same as, or
/// shares most of its words with, the English of the unit being translated.
/// </summary>
public static class TranslationMemory
{
    public const int MinimumPercent = 60;

    public static Suggestion? Best(TranslationRow unit, IReadOnlyList<TranslationRow> rows)
    {
        var words = Words(unit.Source);
        if (words.Count == 0) { return null; }
        Suggestion? best = null;
        foreach (var row in rows)
        {
            if (row.Id == unit.Id || !row.IsDone || row.Translation.Trim().Length == 0) { continue; }
            int percent;
            if (row.Source == unit.Source) { percent = 100; }
            else
            {
                var other = Words(row.Source);
                var shared = words.Count(other.Contains);
                percent = Math.Min(99, 200 * shared / (words.Count + other.Count));
            }
            if (percent >= MinimumPercent && (best is null || percent > best.Percent))
            {
                best = new Suggestion(row.Id, row.Source, row.Translation, percent);
            }
        }
        return best;
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '*', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToHashSet();
}

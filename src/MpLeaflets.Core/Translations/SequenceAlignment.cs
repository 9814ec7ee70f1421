using MpLeaflets.Text;

namespace MpLeaflets.Translations;

/// <summary>
/// Aligns the old and new unit sequences of one document by id (a longest common subsequence, from
/// <see cref="SequenceDiff"/>), and
/// returns the gaps between matched ids: the old units that left and the new units that came in
/// between the same two anchors. Only units in the same gap can be the "same slot" of the document.
/// </summary>
internal static class SequenceAlignment
{
    public sealed record Step(int OldIndex, int NewIndex);

    public sealed record Gap(IReadOnlyList<int> OldIndexes, IReadOnlyList<int> NewIndexes);

    public static (IReadOnlyList<Step> Matches, IReadOnlyList<Gap> Gaps) Align(IReadOnlyList<string> oldIds, IReadOnlyList<string> newIds)
    {
        var matches = new List<Step>();
        var gaps = new List<Gap>();
        var oldGap = new List<int>();
        var newGap = new List<int>();
        foreach (var step in SequenceDiff.Compute(oldIds, newIds))
        {
            switch (step.Kind)
            {
                case SequenceDiff.Kind.Same:
                    Flush();
                    matches.Add(new Step(step.Before, step.After));
                    break;
                case SequenceDiff.Kind.Removed:
                    oldGap.Add(step.Before);
                    break;
                default:
                    newGap.Add(step.After);
                    break;
            }
        }
        Flush();
        return (matches, gaps);

        void Flush()
        {
            if (oldGap.Count + newGap.Count == 0) { return; }
            gaps.Add(new Gap(oldGap.ToList(), newGap.ToList()));
            oldGap.Clear();
            newGap.Clear();
        }
    }

    /// <summary>
    /// Pairs old and new units inside one gap. Equal counts pair by position (same slot, however
    /// much the English was rewritten); otherwise an order-keeping alignment pairs the most similar
    /// texts, and leaves a text with nothing in common unpaired.
    /// </summary>
    public static IReadOnlyList<(int Old, int New)> PairWithinGap(IReadOnlyList<string> oldTexts, IReadOnlyList<string> newTexts)
    {
        var n = oldTexts.Count;
        var m = newTexts.Count;
        if (n == m) { return Enumerable.Range(0, n).Select(i => (i, i)).ToList(); }
        var score = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var s = Similarity(oldTexts[i], newTexts[j]);
                var pair = s >= MinimumSimilarity ? score[i + 1, j + 1] + s : double.MinValue;
                score[i, j] = Math.Max(pair, Math.Max(score[i + 1, j], score[i, j + 1]));
            }
        }
        var pairs = new List<(int, int)>();
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            var s = Similarity(oldTexts[a], newTexts[b]);
            if (s >= MinimumSimilarity && Math.Abs(score[a, b] - (score[a + 1, b + 1] + s)) < 1e-9) { pairs.Add((a++, b++)); }
            else if (score[a + 1, b] >= score[a, b + 1]) { a++; }
            else { b++; }
        }
        return pairs;
    }

    private const double MinimumSimilarity = 0.25;

    /// <summary>Jaccard similarity of lower-cased word sets.</summary>
    public static double Similarity(string x, string y)
    {
        var wx = Words(x);
        var wy = Words(y);
        if (wx.Count == 0 && wy.Count == 0) { return 1; }
        var common = wx.Count(wy.Contains);
        return (double)common / (wx.Count + wy.Count - common);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '*', '"', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}

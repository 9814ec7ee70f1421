using DiffPlex;

namespace MpLeaflets.Text;

/// <summary>
/// The one diff of two sequences of tokens (unit ids for sync, words for the editor's word diff):
/// DiffPlex's implementation of Myers' algorithm, which finds a longest common subsequence.
/// </summary>
public static class SequenceDiff
{
    /// <summary>One step from <paramref name="Before"/>[i] / <paramref name="After"/>[j]: kept in both, removed, or added.</summary>
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public readonly record struct Step(Kind Kind, int Before, int After);

    // Tokens are joined with a separator no token holds, and the chunker cuts them apart again.
    private const char Separator = '\u001F';

    private sealed class TokenChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(Separator);
    }

    /// <summary>
    /// The steps that turn <paramref name="before"/> into <paramref name="after"/>, in order; in each
    /// changed stretch the removed tokens come before the added ones (as wdiff and git show them).
    /// </summary>
    public static IReadOnlyList<Step> Compute(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Concat(after).Any(t => t.Length == 0 || t.Contains(Separator, StringComparison.Ordinal)))
        {
            throw new ArgumentException("tokens must be non-empty and must not hold U+001F");
        }

        var result = Differ.Instance.CreateDiffs(string.Join(Separator, before), string.Join(Separator, after), false, false,
            new TokenChunker());
        var steps = new List<Step>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA && b < block.InsertStartB) { steps.Add(new Step(Kind.Same, a++, b++)); }
            for (var i = 0; i < block.DeleteCountA; i++) { steps.Add(new Step(Kind.Removed, a++, b)); }
            for (var i = 0; i < block.InsertCountB; i++) { steps.Add(new Step(Kind.Added, a, b++)); }
        }
        while (a < before.Count && b < after.Count) { steps.Add(new Step(Kind.Same, a++, b++)); }
        return steps;
    }
}

using CsCheck;

namespace MpLeaflets.Text.Tests;

public sealed class SequenceDiffTests
{
    [Fact]
    public void Kept_tokens_are_a_longest_common_subsequence_and_the_steps_rebuild_both_sides()
    {
        var token = Gen.Char['a', 'e'].Select(c => c.ToString());
        Gen.Select(token.List[0, 12], token.List[0, 12]).Sample((before, after) =>
        {
            var steps = SequenceDiff.Compute(before, after);
            var rebuiltBefore = steps.Where(s => s.Kind != SequenceDiff.Kind.Added).Select(s => before[s.Before]);
            var rebuiltAfter = steps.Where(s => s.Kind != SequenceDiff.Kind.Removed).Select(s => after[s.After]);
            var same = steps.Where(s => s.Kind == SequenceDiff.Kind.Same).ToList();
            return rebuiltBefore.SequenceEqual(before) && rebuiltAfter.SequenceEqual(after)
                && same.All(s => before[s.Before] == after[s.After])
                && same.Count == Lcs(before, after);
        }, iter: 2000);
    }

    [Fact]
    public void Removed_tokens_come_before_added_ones_in_a_change()
    {
        var steps = SequenceDiff.Compute(["call", "today"], ["call", "this", "week"]);

        Assert.Equal([SequenceDiff.Kind.Same, SequenceDiff.Kind.Removed, SequenceDiff.Kind.Added, SequenceDiff.Kind.Added], steps.Select(s => s.Kind));
    }

    private static int Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var t = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                t[i, j] = a[i] == b[j] ? t[i + 1, j + 1] + 1 : Math.Max(t[i + 1, j], t[i, j + 1]);
            }
        }
        return t[0, 0];
    }
}

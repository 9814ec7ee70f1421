using System.Text;
using System.Text.RegularExpressions;

namespace MpLeaflets.Editor.Text;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff of the previous English against the current English of an outdated unit,
/// by longest common subsequence over words (whitespace kept with the word before it).
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffPart> Compute(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        // lcs[i, j] = length of the LCS of a[i..] and b[j..].
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = Key(a[i]) == Key(b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && Key(a[x]) == Key(b[y])) { Add(DiffKind.Same, b[y]); x++; y++; }
            // Removed words before added ones, as wdiff and git show them.
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1])) { Add(DiffKind.Removed, a[x]); x++; }
            else { Add(DiffKind.Added, b[y]); y++; }
        }
        return parts;

        void Add(DiffKind kind, string word)
        {
            if (parts.Count > 0 && parts[^1].Kind == kind) { parts[^1] = parts[^1] with { Text = parts[^1].Text + word }; }
            else { parts.Add(new DiffPart(kind, word)); }
        }
    }

    /// <summary>
    /// wdiff notation, readable without colour: <c>[-removed-]{+added+}</c>. Long unchanged stretches
    /// keep <paramref name="context"/> words next to each change and are cut with "…", so the change
    /// shows in the two lines the editor has for it.
    /// </summary>
    public static string Render(IReadOnlyList<DiffPart> parts, int context = int.MaxValue)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Kind == DiffKind.Same && context < int.MaxValue && parts.Count > 1)
            {
                text.Append(Elide(part.Text, keepStart: i > 0 ? context : 0, keepEnd: i < parts.Count - 1 ? context : 0));
                continue;
            }
            if (part.Kind == DiffKind.Added && text.Length > 0 && text[^1] == ']') { text.Append(' '); }
            var body = part.Text.TrimEnd();
            var space = part.Text[body.Length..];
            text.Append(part.Kind switch
            {
                DiffKind.Removed => $"[-{body}-]{space}",
                DiffKind.Added => $"{{+{body}+}}{space}",
                _ => part.Text,
            });
        }
        return text.ToString();
    }

    private static string Elide(string text, int keepStart, int keepEnd)
    {
        var words = Words(text);
        if (words.Count <= keepStart + keepEnd + 1) { return text; }
        return keepEnd == 0 ? string.Concat(words.Take(keepStart)) + "…"
            : string.Concat(words.Take(keepStart)) + "… " + string.Concat(words.Skip(words.Count - keepEnd));
    }

    private static string Key(string word) => word.TrimEnd();

    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordPattern();
}

using System.Text;
using System.Text.RegularExpressions;
using MpLeaflets.Text;

namespace MpLeaflets.Editor.Text;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff of the previous English against the current English of an outdated unit:
/// the project's one sequence diff (<see cref="SequenceDiff"/>) over words, compared without the
/// whitespace each keeps after it; a run of spaces on its own is compared as a space.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffPart> Compute(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var parts = new List<DiffPart>();
        foreach (var step in SequenceDiff.Compute([.. a.Select(Key)], [.. b.Select(Key)]))
        {
            switch (step.Kind)
            {
                case SequenceDiff.Kind.Same: Add(DiffKind.Same, b[step.After]); break;
                case SequenceDiff.Kind.Removed: Add(DiffKind.Removed, a[step.Before]); break;
                default: Add(DiffKind.Added, b[step.After]); break;
            }
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

    private static string Key(string word) => word.TrimEnd() is { Length: > 0 } key ? key : " ";

    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordPattern();
}

using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>How far one language is: the counts for the status line and the languages pane.</summary>
public sealed record Progress(int Done, int Outdated, int Missing)
{
    /// <summary>Units a merge left with two versions (counted apart: neither is done until one is chosen).</summary>
    public int Conflicts { get; init; }

    public int Total => Done + Outdated + Missing + Conflicts;

    /// <summary>Rounded down, so 100% means really complete.</summary>
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;

    public static Progress Of(IEnumerable<TranslationRow> rows)
    {
        int done = 0, outdated = 0, missing = 0, conflicts = 0;
        foreach (var row in rows)
        {
            if (row.InConflict && row.IsActive) { conflicts++; continue; }
            switch (row.State)
            {
                case TranslationState.Translated or TranslationState.Reviewed: done++; break;
                case TranslationState.Outdated: outdated++; break;
                case TranslationState.Untranslated: missing++; break;
            }
        }
        return new Progress(done, outdated, missing) { Conflicts = conflicts };
    }

    /// <summary>The status line where the words do not fit: <c>91% done</c>, and the conflicts, which must be chosen.</summary>
    public string Brief => $"{Percent}% done{(Conflicts > 0 ? $" · {Conflicts} CONFLICT" : "")}";

    /// <summary>The status line: <c>132 done · 3 outdated · 10 missing</c>.</summary>
    public override string ToString() => $"{Done} done · {Outdated} outdated · {Missing} missing{(Conflicts > 0 ? $" · {Conflicts} CONFLICT" : "")}";
}

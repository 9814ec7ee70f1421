using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>How far one language is: the counts for the status line and the languages pane.</summary>
public sealed record Progress(int Done, int Outdated, int Missing)
{
    public int Total => Done + Outdated + Missing;

    /// <summary>Rounded down, so 100% means really complete.</summary>
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;

    public static Progress Of(IEnumerable<TranslationRow> rows)
    {
        int done = 0, outdated = 0, missing = 0;
        foreach (var row in rows)
        {
            switch (row.State)
            {
                case TranslationState.Translated or TranslationState.Reviewed: done++; break;
                case TranslationState.Outdated: outdated++; break;
                case TranslationState.Untranslated: missing++; break;
            }
        }
        return new Progress(done, outdated, missing);
    }

    /// <summary>The status line: <c>132 done · 3 outdated · 10 missing</c>.</summary>
    public override string ToString() => $"{Done} done · {Outdated} outdated · {Missing} missing";
}

using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>
/// The session's side for review: sign-offs (F3 records who and when), the review mode that walks
/// the units in the order of the paper review sheet, and the choice between two versions of a unit
/// that a merge left in conflict.
/// </summary>
public sealed partial class EditorSession
{
    /// <summary>Who signs off units marked reviewed here: --reviewer, else git's user.name; null when neither is set.</summary>
    public string? Reviewer { get; init; }

    /// <summary>The day a sign-off is dated.</summary>
    public Func<DateOnly> Today { get; init; } = () => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>On: the list is the review sheet's units in its order (of the document filter), and F3 moves on to the next.</summary>
    public bool ReviewMode { get; private set; }

    /// <summary>"review 12 of 136" in review mode, else null.</summary>
    public string? ReviewPosition => ReviewMode ? $"review {Position + 1} of {_visible.Count}" : null;

    public void SetReviewMode(bool on)
    {
        ReviewMode = on;
        Refilter(CurrentRow?.Id);
    }

    /// <summary>Marks the current unit checked by a native-speaking reviewer, signed with <see cref="Reviewer"/> and today.</summary>
    public string? MarkReviewed()
    {
        if (Reviewer is null)
        {
            // One line of 80 columns: the status line shows a message whole.
            return "who is reviewing? Start with: mpleaflets edit --reviewer \"NAME\" (or git config user.name)";
        }
        var refused = SetState(TranslationState.Reviewed, new SignOff(Reviewer, Today()));
        if (refused is null && ReviewMode && Position + 1 < _visible.Count) { MoveTo(Position + 1); }
        return refused;
    }

    /// <summary>What typing, F2, F3, F4, Ctrl+G and Ctrl+K say to a unit in conflict.</summary>
    private const string InConflictRefusal = "a merge left two versions of this unit: choose one first (Ctrl+W)";

    /// <summary>Both versions of the current unit when a merge left it in conflict.</summary>
    public (TranslationRow Ours, TranslationRow Theirs)? CurrentConflict =>
        CurrentRow is { Theirs: { } theirs } row ? (row with { Theirs = null }, theirs) : null;

    /// <summary>
    /// Keeps one version of the current unit in conflict (unsaved until Ctrl+S; Ctrl+Z brings the
    /// two back). Done means printable here too: a version marked done that a check finds an error
    /// in is kept as a draft (untranslated), as typing it would have left it.
    /// </summary>
    public string? ChooseVersion(ConflictRows.Side side)
    {
        if (CurrentRow is not { InConflict: true } row) { return "this unit is not in conflict"; }
        var chosen = ConflictRows.Choose(row, side);
        var blocked = chosen.IsDone ? FirstError(chosen) : null;
        Update(blocked is null ? chosen : chosen with { State = TranslationState.Untranslated, Review = null }, UndoKind.Replace);
        ForgetMemory(row.Id);
        return blocked is null ? null : $"kept, but not done: ERROR {blocked.Check}; fix it, then F2";
    }

    /// <summary>The units the review mode lists: the review sheet's, in its order.</summary>
    private List<int> ReviewList()
    {
        var index = Current!.Rows.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. ReviewOrder.Of(Current.Rows, Documents, DocumentFilter).Select(r => index[r.Id])
            .Where(i => Search.Length == 0 || Matches(Current.Rows[i]))];
    }
}

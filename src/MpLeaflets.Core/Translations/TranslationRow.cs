namespace MpLeaflets.Translations;

/// <summary>One row of translations/&lt;lang&gt;.csv: a unit, its English, and its translation.</summary>
/// <param name="PreviousSource">For an outdated row: the English the translation was made from.</param>
/// <param name="Line">Line in the file it was read from (0 for a row made in memory), for messages.</param>
public sealed record TranslationRow(
    string Id,
    string Source,
    string Translation,
    TranslationState State,
    string PreviousSource,
    string Note,
    int Line = 0)
{
    /// <summary>The document a unit belongs to: the part of its id before the first dot.</summary>
    public string DocumentId => UnitIds.DocumentOf(Id);

    public bool IsActive => State != TranslationState.Obsolete;

    /// <summary>Done means printable: translated or reviewed.</summary>
    public bool IsDone => State is TranslationState.Translated or TranslationState.Reviewed;

    /// <summary>Who reviewed this translation and when (see <see cref="SignOff"/>); null when nobody did.</summary>
    public SignOff? Review { get; init; }

    /// <summary>
    /// The other branch's version of this unit, when a merge found both branches changed it
    /// differently (see <see cref="Merging.TranslationMerge"/>); null otherwise. A unit in conflict
    /// is never printed: someone chooses one of the two versions first.
    /// </summary>
    public TranslationRow? Theirs { get; init; }

    public bool InConflict => Theirs is not null;

    /// <summary>The same content, whatever line it was read from (for comparing versions).</summary>
    public TranslationRow WithoutLine() => this with { Line = 0, Theirs = Theirs?.WithoutLine() };
}

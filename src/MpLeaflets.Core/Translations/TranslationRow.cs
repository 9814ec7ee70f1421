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
}

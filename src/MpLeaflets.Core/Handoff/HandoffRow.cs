namespace MpLeaflets.Handoff;

/// <summary>
/// One unit as a hand-off file carries it: what was exported, or what a translator sent back.
/// </summary>
/// <param name="State">The CSV state column as written (null for PO, which has no such column).</param>
/// <param name="Fuzzy">The PO <c>fuzzy</c> flag: the translation needs another look (always false for CSV).</param>
/// <param name="EnglishHash">The CSV english_hash column, <see cref="Units.UnitText.ShortHash"/> of the
/// English at export time (null for PO, where the msgid itself is compared).</param>
/// <param name="Line">Line of the hand-off file the row starts on, for messages (0 when made in memory).</param>
public sealed record HandoffRow(
    string Id,
    string English,
    string Translation,
    string? State,
    bool Fuzzy,
    string PreviousEnglish,
    string Note,
    string? EnglishHash,
    int Line = 0)
{
    /// <summary>The CSV reviewer column: who checked the translation (null for PO, which has no such column).</summary>
    public string? Reviewer { get; init; }

    /// <summary>The CSV reviewed_on column (YYYY-MM-DD) as written; empty means the day of the import.</summary>
    public string? ReviewedOn { get; init; }

    /// <summary>
    /// <see cref="Units.UnitText.ShortHash"/> of the project's translation (trimmed) when the file was
    /// exported: the version the translator started from. A file exported before someone else changed
    /// that translation would otherwise put the old text back (null in files made before it was written).
    /// </summary>
    public string? TranslationHash { get; init; }

    /// <summary>The <see cref="TranslationHash"/> of a translation.</summary>
    public static string HashOf(string translation) => Units.UnitText.ShortHash(translation.Trim());
}

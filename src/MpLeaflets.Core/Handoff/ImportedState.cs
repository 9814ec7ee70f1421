using MpLeaflets.Translations;

namespace MpLeaflets.Handoff;

/// <summary>
/// The state a unit gets from a returned row. An import never un-translates and never downgrades a
/// unit by accident: a state only changes when the file says so explicitly.
/// </summary>
internal static class ImportedState
{
    /// <param name="current">The unit's state in the project.</param>
    /// <param name="textChanged">Whether the file's translation differs from the project's.</param>
    /// <returns>The new state, or null when the CSV state column holds an unknown word.</returns>
    public static TranslationState? Of(HandoffRow row, TranslationState current, bool textChanged) =>
        row.State is null ? FromPo(row.Fuzzy, current, textChanged) : FromCsv(row.State, current, textChanged);

    /// <summary>PO has only the fuzzy flag: fuzzy means outdated, its absence means translated. Poedit
    /// clears fuzzy when a translation is edited, and a translator clears it to confirm one.</summary>
    private static TranslationState FromPo(bool fuzzy, TranslationState current, bool textChanged)
    {
        var claimed = fuzzy ? TranslationState.Outdated : TranslationState.Translated;
        if (textChanged) { return claimed; }
        return (claimed, current) switch
        {
            // PO cannot say "reviewed", and an untranslated unit with text stays as the project has it.
            (TranslationState.Translated, TranslationState.Reviewed or TranslationState.Untranslated) => current,
            (TranslationState.Outdated, TranslationState.Untranslated) => current,
            _ => claimed,
        };
    }

    /// <summary>In a spreadsheet people edit the translation and rarely the state column, so an edited
    /// translation becomes translated (reviewed only when the state was set to reviewed in the sheet);
    /// with the translation unchanged, a state typed into the sheet is taken as it is.</summary>
    private static TranslationState? FromCsv(string stateCell, TranslationState current, bool textChanged)
    {
        if (!TranslationStates.TryParse(stateCell.ToLowerInvariant(), out var claimed)) { return null; }
        if (textChanged)
        {
            return claimed == TranslationState.Reviewed && current != TranslationState.Reviewed ? TranslationState.Reviewed : TranslationState.Translated;
        }
        return claimed is TranslationState.Translated or TranslationState.Reviewed or TranslationState.Outdated ? claimed : current;
    }
}

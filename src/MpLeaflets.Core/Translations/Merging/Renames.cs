namespace MpLeaflets.Translations.Merging;

/// <summary>
/// Units one side renamed: a unit's id is a hash of its English, so a sync after an English edit
/// carries the row to a new id (keeping its translation, and the old English in previous_source).
/// Found here so that a translation edited on the other branch under the old id meets the renamed
/// row as the same unit (and conflicts with it) instead of surviving beside it as a stray row.
/// </summary>
internal static class Renames
{
    /// <summary>Old id → new id on one side: the old id is gone there, and exactly one new row carries its translation.</summary>
    public static Dictionary<string, string> Of(IReadOnlyDictionary<string, TranslationRow> common, IReadOnlyDictionary<string, TranslationRow> side)
    {
        var added = side.Values.Where(r => !common.ContainsKey(r.Id) && r.Translation.Length > 0).ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var old in common.Values.Where(r => !side.ContainsKey(r.Id) && r.Translation.Length > 0))
        {
            // Sync keeps the English a translation was made from (the previous one of an outdated row).
            var madeFrom = old.PreviousSource.Length > 0 ? old.PreviousSource : old.Source;
            var carried = added.Where(r => r.Translation == old.Translation && (r.PreviousSource == madeFrom || r.Source == old.Source)).ToList();
            if (carried.Count == 1) { renames[old.Id] = carried[0].Id; }
        }
        return renames;
    }
}

using MpLeaflets.Units;

namespace MpLeaflets.Translations;

/// <summary>How far one document is translated in one language, counted against the current English
/// units (a unit the file does not have yet counts as untranslated; a unit a merge left in conflict
/// counts as a conflict, whatever the state of its two versions).</summary>
public sealed record DocumentStatus(string Language, string Document, int Total, int Translated, int Reviewed, int Outdated, int Untranslated)
{
    public int Conflicts { get; init; }

    public int Done => Translated + Reviewed;

    public bool IsComplete => Done == Total;

    public static DocumentStatus Count(string language, SegmentedDocument document, IReadOnlyDictionary<string, TranslationRow> rows)
    {
        int translated = 0, reviewed = 0, outdated = 0, untranslated = 0, conflicts = 0;
        foreach (var unit in document.Units)
        {
            if (rows.TryGetValue(unit.Id, out var conflicted) && conflicted.InConflict) { conflicts++; continue; }
            var state = rows.TryGetValue(unit.Id, out var row) && row.Source == unit.Source ? row.State
                : row is not null && row.Translation.Length > 0 ? TranslationState.Outdated
                : TranslationState.Untranslated;
            switch (state)
            {
                case TranslationState.Translated: translated++; break;
                case TranslationState.Reviewed: reviewed++; break;
                case TranslationState.Outdated: outdated++; break;
                default: untranslated++; break;
            }
        }
        return new DocumentStatus(language, document.Id, document.Units.Count, translated, reviewed, outdated, untranslated) { Conflicts = conflicts };
    }
}

using MpLeaflets.Units;

namespace MpLeaflets.Translations;

/// <summary>
/// Brings one language's rows in line with the English units. New units start untranslated. A unit
/// whose English changed in the same place (sequence alignment per document, never fuzzy matching
/// across the document) keeps its translation, becomes outdated and keeps the old English in
/// previous_source. Units that disappeared become obsolete and move to the end; if the same English
/// comes back, so does its translation. Running it twice changes nothing.
/// </summary>
public static class Synchronizer
{
    public static SyncResult Sync(TranslationFile file, IReadOnlyList<SegmentedDocument> documents)
    {
        var active = file.Rows.Where(r => r.IsActive).ToList();
        var obsolete = file.Rows.Where(r => !r.IsActive).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var obsoleteOrder = file.Rows.Where(r => !r.IsActive).Select(r => r.Id).ToList();
        var documentIds = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<TranslationRow>();
        var newlyObsolete = new List<TranslationRow>();
        int added = 0, outdated = 0, restored = 0, dropped = 0;

        foreach (var document in documents)
        {
            var oldRows = active.Where(r => r.DocumentId == document.Id).ToList();
            var units = document.Units;
            var (matches, gaps) = SequenceAlignment.Align(oldRows.Select(r => r.Id).ToList(), units.Select(u => u.Id).ToList());
            var rowForUnit = new TranslationRow?[units.Count];
            foreach (var match in matches)
            {
                rowForUnit[match.NewIndex] = Matched(oldRows[match.OldIndex], units[match.NewIndex], ref outdated);
            }
            foreach (var gap in gaps)
            {
                var pairs = SequenceAlignment.PairWithinGap(
                    gap.OldIndexes.Select(i => oldRows[i].Source).ToList(), gap.NewIndexes.Select(i => units[i].Source).ToList());
                foreach (var (o, n) in pairs)
                {
                    rowForUnit[gap.NewIndexes[n]] = Carried(oldRows[gap.OldIndexes[o]], units[gap.NewIndexes[n]], ref outdated);
                }
                var pairedOld = pairs.Select(p => gap.OldIndexes[p.Old]).ToHashSet();
                foreach (var i in gap.OldIndexes.Where(i => !pairedOld.Contains(i)))
                {
                    Retire(oldRows[i]);
                }
            }
            for (var i = 0; i < units.Count; i++)
            {
                if (rowForUnit[i] is not null) { continue; }
                var unit = units[i];
                if (obsolete.Remove(unit.Id, out var back) && back.Translation.Length > 0)
                {
                    rowForUnit[i] = back with { Source = unit.Source, Note = unit.Note, State = TranslationState.Translated, PreviousSource = "", Line = 0 };
                    restored++;
                }
                else
                {
                    rowForUnit[i] = new TranslationRow(unit.Id, unit.Source, "", TranslationState.Untranslated, "", unit.Note);
                    added++;
                }
            }
            result.AddRange(rowForUnit!);
        }
        foreach (var row in active.Where(r => !documentIds.Contains(r.DocumentId)))
        {
            Retire(row);
        }
        result.AddRange(obsoleteOrder.Where(obsolete.ContainsKey).Select(id => obsolete[id]));
        result.AddRange(newlyObsolete);
        return new SyncResult(file.WithRows(result), added, outdated, newlyObsolete.Count, restored, dropped);

        void Retire(TranslationRow row)
        {
            // An untranslated row holds nothing worth keeping.
            if (row.Translation.Length == 0) { dropped++; return; }
            newlyObsolete.Add(row with { State = TranslationState.Obsolete, Line = 0 });
        }
    }

    private static TranslationRow Matched(TranslationRow row, Unit unit, ref int outdated) =>
        row.Source == unit.Source
            ? row with { Note = unit.Note }
            : Carried(row, unit, ref outdated);

    private static TranslationRow Carried(TranslationRow row, Unit unit, ref int outdated)
    {
        if (row.Translation.Length == 0)
        {
            return new TranslationRow(unit.Id, unit.Source, "", TranslationState.Untranslated, "", unit.Note);
        }
        if (row.Source == unit.Source)
        {
            return row with { Id = unit.Id, Note = unit.Note };
        }
        outdated++;
        // Keep the English the translation was made from, even across several changes.
        var previous = row.State == TranslationState.Outdated && row.PreviousSource.Length > 0 ? row.PreviousSource : row.Source;
        return row with { Id = unit.Id, Source = unit.Source, State = TranslationState.Outdated, PreviousSource = previous, Note = unit.Note };
    }
}

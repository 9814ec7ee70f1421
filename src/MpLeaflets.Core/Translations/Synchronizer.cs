using MpLeaflets.Units;

namespace MpLeaflets.Translations;

/// <summary>
/// Brings one language's rows in line with the English units. New units start untranslated. A unit
/// whose English changed in the same place (sequence alignment per document, never fuzzy matching
/// across the document) keeps its translation, becomes outdated and keeps the old English in
/// previous_source; if it changes back to the English the translation was made from, the unit is
/// translated again (reviewed again, when a reviewer had signed that translation off: sign-offs and
/// the other version of a unit in conflict are carried with their row). Units that disappeared become obsolete and move to the end; a unit that comes
/// back (same id) gets its translation back as it was only if its English is the English that
/// translation was made from, and otherwise comes back outdated with that old English. Running it
/// twice changes nothing. A unit moved within its document keeps its row (same id, found by id).
/// A change that would retire more than half of a document's units is
/// reported as a <see cref="Rewrite"/>, for the caller to refuse unless an editor confirms it.
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
        var rewrites = new List<Rewrite>();
        int added = 0, outdated = 0, restored = 0, dropped = 0, moves = 0;

        foreach (var document in documents)
        {
            var oldRows = active.Where(r => r.DocumentId == document.Id).ToList();
            var units = document.Units;
            var retiredBefore = newlyObsolete.Count + dropped;
            var (matches, gaps) = SequenceAlignment.Align(oldRows.Select(r => r.Id).ToList(), units.Select(u => u.Id).ToList());
            var rowForUnit = new TranslationRow?[units.Count];
            foreach (var match in matches)
            {
                rowForUnit[match.NewIndex] = Matched(oldRows[match.OldIndex], units[match.NewIndex], ref outdated);
            }
            // A unit moved within its document: the alignment sees its id gone in one place and new in
            // another. It keeps its row, found by id; neither place's neighbours may take it.
            var newIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
            var matchedOld = matches.Select(m => m.OldIndex).ToHashSet();
            var moved = oldRows.Where((r, i) => !matchedOld.Contains(i) && newIds.Contains(r.Id)).ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var gap in gaps)
            {
                var olds = gap.OldIndexes.Where(i => !moved.ContainsKey(oldRows[i].Id)).ToList();
                var news = gap.NewIndexes.Where(i => !moved.ContainsKey(units[i].Id)).ToList();
                var pairs = SequenceAlignment.PairWithinGap(olds.Select(i => oldRows[i].Source).ToList(), news.Select(i => units[i].Source).ToList());
                foreach (var (o, n) in pairs)
                {
                    rowForUnit[news[n]] = Carried(oldRows[olds[o]], units[news[n]], ref outdated);
                }
                var pairedOld = pairs.Select(p => olds[p.Old]).ToHashSet();
                foreach (var i in olds.Where(i => !pairedOld.Contains(i)))
                {
                    Retire(oldRows[i]);
                }
            }
            for (var i = 0; i < units.Count; i++)
            {
                if (rowForUnit[i] is not null) { continue; }
                var unit = units[i];
                if (moved.Remove(unit.Id, out var row))
                {
                    rowForUnit[i] = Matched(row, unit, ref outdated);
                    moves++;
                }
                else if (obsolete.Remove(unit.Id, out var back) && back.Translation.Length > 0)
                {
                    rowForUnit[i] = Restored(back, unit, ref outdated);
                    // Counted once: restored when it comes back as it was, else it is among the outdated.
                    if (rowForUnit[i]!.State != TranslationState.Outdated) { restored++; }
                }
                else
                {
                    rowForUnit[i] = new TranslationRow(unit.Id, unit.Source, "", TranslationState.Untranslated, "", unit.Note);
                    added++;
                }
            }
            result.AddRange(rowForUnit!);
            var retired = newlyObsolete.Count + dropped - retiredBefore;
            if (Rewrite.IsSuspicious(retired, oldRows.Count))
            {
                var known = oldRows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var firstNew = units.FirstOrDefault(u => !known.Contains(u.Id));
                rewrites.Add(new Rewrite(document.Id, document.Source.RelativePath, firstNew?.Line ?? 0, retired, oldRows.Count));
            }
        }
        foreach (var gone in active.Where(r => !documentIds.Contains(r.DocumentId)).GroupBy(r => r.DocumentId))
        {
            foreach (var row in gone) { Retire(row); }
            if (Rewrite.IsSuspicious(gone.Count(), gone.Count()))
            {
                rewrites.Add(new Rewrite(gone.Key, null, 0, gone.Count(), gone.Count()));
            }
        }
        result.AddRange(obsoleteOrder.Where(obsolete.ContainsKey).Select(id => obsolete[id]));
        result.AddRange(newlyObsolete);
        return new SyncResult(file.WithRows(result).Migrated(), added, outdated, newlyObsolete.Count, restored, dropped) { Rewrites = rewrites, Moved = moves };

        void Retire(TranslationRow row)
        {
            // An untranslated row holds nothing worth keeping.
            if (row.Translation.Length == 0 && !row.InConflict) { dropped++; return; }
            newlyObsolete.Add(row with { State = TranslationState.Obsolete, Line = 0 });
        }
    }

    /// <summary>
    /// A unit back under an id that was obsolete. Its translation was made from the English it had
    /// then (or, if it was outdated then, from its previous English): only that English brings it
    /// back as it was; any other English (an explicit id reused for new text) makes it outdated.
    /// </summary>
    private static TranslationRow Restored(TranslationRow back, Unit unit, ref int outdated)
    {
        var madeFrom = back.PreviousSource.Length > 0 ? back.PreviousSource : back.Source;
        if (madeFrom == unit.Source)
        {
            return back with { Source = unit.Source, Note = unit.Note, State = BackToCurrent(back), PreviousSource = "", Line = 0 };
        }
        outdated++;
        return back with { Source = unit.Source, Note = unit.Note, State = TranslationState.Outdated, PreviousSource = madeFrom, Line = 0 };
    }

    private static TranslationRow Matched(TranslationRow row, Unit unit, ref int outdated) =>
        row.Source != unit.Source ? Carried(row, unit, ref outdated)
        : row.State == TranslationState.Outdated && row.PreviousSource == unit.Source
            ? row with { State = BackToCurrent(row), PreviousSource = "", Note = unit.Note }
            : row with { Note = unit.Note };

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
        // Keep the English the translation was made from, even across several changes.
        var previous = row.State == TranslationState.Outdated && row.PreviousSource.Length > 0 ? row.PreviousSource : row.Source;
        if (previous == unit.Source)
        {
            // The English went back to what the translation was made from (a sentence deleted and put back).
            return row with { Id = unit.Id, Source = unit.Source, State = BackToCurrent(row), PreviousSource = "", Note = unit.Note };
        }
        outdated++;
        return row with { Id = unit.Id, Source = unit.Source, State = TranslationState.Outdated, PreviousSource = previous, Note = unit.Note };
    }

    /// <summary>
    /// A translation whose English went back to what it was made from is as good as it was: reviewed
    /// again if a reviewer signed it off (the sign-off is kept with the text), else translated.
    /// </summary>
    private static TranslationState BackToCurrent(TranslationRow row) =>
        row.Review is null ? TranslationState.Translated : TranslationState.Reviewed;
}

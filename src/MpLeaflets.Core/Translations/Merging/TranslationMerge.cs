namespace MpLeaflets.Translations.Merging;

/// <summary>What a three-way merge of one translation file gave: the file, and the units it could not decide.</summary>
/// <param name="Conflicts">Ids of the units in conflict in the result (both sides changed them differently, or one side
/// still had them in conflict): kept with both versions.</param>
/// <param name="Notes">Decisions worth telling (a unit deleted on one side and changed on the other was kept).</param>
public sealed record MergeResult(TranslationFile File, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Notes);

/// <summary>
/// Three-way merge of translations/&lt;lang&gt;.csv by unit id, never by line: what git's line merge
/// gets wrong on these files (two translators editing neighbouring rows conflict on lines neither
/// both touched; a translation merged onto changed English without a word). Per unit: the same on
/// both sides, or changed on one side only, merges; changed differently on both sides is a conflict
/// that keeps both versions whole (<see cref="ConflictRows"/>). The translator's note comes from the
/// English and merges on its own, so a reworded note never makes a conflict. A unit deleted on one
/// side and changed on the other is kept (nothing is lost; sync retires it if its English is gone).
/// A row a sync carried to a new id (its English changed) is matched with the old id on the other side.
/// Rows keep our order, with their new rows after the row they follow there; obsolete rows last.
/// </summary>
public static class TranslationMerge
{
    public static MergeResult Merge(TranslationFile? common, TranslationFile ours, TranslationFile theirs)
    {
        var (b, o, t) = (ById(common), ById(ours), ById(theirs));
        // A row one side carried to a new id (its English changed) is the same unit on the other side under its old id.
        var renamed = Renames.Of(b, o).Concat(Renames.Of(b, t)).GroupBy(p => p.Key).Where(g => g.Select(p => p.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        (b, o, t) = (Rekey(b, renamed), Rekey(o, renamed), Rekey(t, renamed));
        var conflicts = new List<string>();
        var notes = new List<string>();
        var merged = new List<TranslationRow>();
        foreach (var id in Order(ours, theirs, renamed))
        {
            var row = Unit(id, b.GetValueOrDefault(id), o.GetValueOrDefault(id), t.GetValueOrDefault(id), notes);
            if (row is null) { continue; }
            if (row.InConflict) { conflicts.Add(id); }
            merged.Add(row);
        }
        var rows = merged.Where(r => r.IsActive).Concat(merged.Where(r => !r.IsActive)).ToList();
        return new MergeResult(new TranslationFile(ours.LanguageCode, rows, ours.LegacyColumns && theirs.LegacyColumns), conflicts, notes);
    }

    private static TranslationRow? Unit(string id, TranslationRow? b, TranslationRow? o, TranslationRow? t, List<string> notes)
    {
        if (o == t) { return o; }
        if (o == b) { return t; }
        if (t == b) { return o; }
        if (o is null || t is null)
        {
            notes.Add($"{id}: deleted on one side and changed on the other; the changed version is kept");
            return o ?? t;
        }
        if (b is null)
        {
            // Both sides added the unit (a sync on each): a side that only added it untranslated gives way.
            if (IsBlank(o) && o.Source == t.Source) { return t; }
            if (IsBlank(t) && o.Source == t.Source) { return o; }
        }
        var note = b is not null && o.Note == b.Note ? t.Note : o.Note;
        var (ours, theirs, common) = (o with { Note = note }, t with { Note = note }, b is null ? null : b with { Note = note });
        if (ours == theirs || theirs == common) { return ours; }
        if (ours == common) { return theirs; }
        if (o.InConflict || t.InConflict)
        {
            notes.Add($"{id}: was already in conflict on one side; our version of it is kept, theirs is dropped");
        }
        return ours with { Theirs = theirs with { Theirs = null } };
    }

    private static bool IsBlank(TranslationRow row) => row.State == TranslationState.Untranslated && row.Translation.Length == 0 && !row.InConflict;

    private static Dictionary<string, TranslationRow> ById(TranslationFile? file) =>
        file is null ? new(StringComparer.Ordinal) : file.Rows.ToDictionary(r => r.Id, r => r.WithoutLine(), StringComparer.Ordinal);

    private static Dictionary<string, TranslationRow> Rekey(Dictionary<string, TranslationRow> rows, Dictionary<string, string> renamed) =>
        rows.Values.Select(r => renamed.TryGetValue(r.Id, out var id) ? r with { Id = id } : r).ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Our ids in our order; each id only they have goes after the id it follows in their file.</summary>
    private static List<string> Order(TranslationFile ours, TranslationFile theirs, Dictionary<string, string> renamed)
    {
        string Key(string id) => renamed.GetValueOrDefault(id, id);
        var order = ours.Rows.Select(r => Key(r.Id)).Distinct().ToList();
        var known = order.ToHashSet(StringComparer.Ordinal);
        string? previous = null;
        foreach (var id in theirs.Rows.Select(r => Key(r.Id)))
        {
            if (known.Add(id))
            {
                order.Insert(previous is null ? 0 : order.IndexOf(previous) + 1, id);
            }
            previous = id;
        }
        return order;
    }
}

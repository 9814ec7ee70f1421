using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Handoff;

/// <summary>
/// Applies the rows a translator sent back to a language's translation file. Rows are matched by
/// unit id, never by position. A row is refused, with the reason, when its English is not the
/// project's English any more, or when its translation fails a check that blocks printing (a changed
/// number, phone, address or link); a reviewed translation is not replaced without being asked to;
/// an empty translation never clears one; a translation changed in the project since the file was
/// exported is never put back to the version the file started from, and a row changed on both
/// sides is a conflict, not applied. Everything else is applied.
/// </summary>
public static class Importer
{
    /// <param name="today">The day a sign-off without a reviewed_on date is dated (default: today).</param>
    public static ImportResult Import(TranslationFile project, Language language, IReadOnlyList<HandoffRow> rows, bool overwriteReviewed = false, DateOnly? today = null)
    {
        var day = today ?? DateOnly.FromDateTime(DateTime.Now);
        var current = project.Rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var replaced = new Dictionary<string, TranslationRow>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicts = new List<ImportIssue>();
        var refused = new List<ImportIssue>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (Unmatched(row, current, firstLine) is { } why)
            {
                refused.Add(new ImportIssue(row.Id, row.Line, why));
                continue;
            }
            var before = current[row.Id];
            // An empty cell or msgstr means "not done in this file", never "delete the translation"; with
            // nothing to import, an English changed since the export is no reason to complain either.
            if (row.Translation.Trim().Length == 0)
            {
                unchanged++;
                continue;
            }
            if (EnglishDiffers(row, before) is { } english)
            {
                refused.Add(new ImportIssue(row.Id, row.Line, english));
                continue;
            }
            if (ChangedSinceExport(row, before) is { } since)
            {
                if (since.Length == 0) { unchanged++; } else { conflicts.Add(new ImportIssue(row.Id, row.Line, since)); }
                continue;
            }
            var (after, problem) = Apply(row, before, day);
            if (problem is not null) { refused.Add(new ImportIssue(row.Id, row.Line, problem)); }
            else if (after == before) { unchanged++; }
            // A failed check outranks a conflict: that row could not be imported even with --overwrite-reviewed.
            else if (Errors(after, language) is { } errors) { refused.Add(new ImportIssue(row.Id, row.Line, errors)); }
            else if (before.State == TranslationState.Reviewed && !overwriteReviewed) { conflicts.Add(Conflict(row, before, after)); }
            else { replaced[row.Id] = after; }
        }
        var file = project.WithRows(project.Rows.Select(r => replaced.GetValueOrDefault(r.Id, r)).ToList());
        return new ImportResult(file, replaced.Count, unchanged, conflicts, refused);
    }

    private static string? Unmatched(HandoffRow row, Dictionary<string, TranslationRow> current, Dictionary<string, int> firstLine)
    {
        if (row.Id.Length == 0) { return "the row has no unit id (the id column, or msgctxt in a PO file), so it cannot be matched"; }
        if (!firstLine.TryAdd(row.Id, row.Line)) { return $"the unit appears twice in the file; only its first row (line {firstLine[row.Id]}) was used"; }
        if (!current.TryGetValue(row.Id, out var unit)) { return "no unit has this id in the project: its English was changed or removed since the file was exported (a new English is a new unit), or the id cell was edited; export again"; }
        if (unit.InConflict) { return "a merge left two versions of this unit in the project; choose one in 'mpleaflets edit' (Ctrl+W), then import again"; }
        return unit.IsActive ? null : "the English of this unit was removed from the guides since the file was exported (it is obsolete)";
    }

    /// <summary>The translation is only worth having for the English it was made from. The hash catches
    /// an English that changed in the project since the export; the text catches an edited English cell.
    /// Spaces at the ends are forgiven, since spreadsheets trim them; so is a hash a spreadsheet re-typed
    /// as a number (0123456789 → 123456789, 12345e1234 → 1.2345E+1238), but only when the English is
    /// exactly the project's.</summary>
    private static string? EnglishDiffers(HandoffRow row, TranslationRow unit)
    {
        var hash = UnitText.ShortHash(unit.Source);
        var retyped = row.EnglishHash is { } h && !IsHash(h) && row.English == unit.Source;
        if (!string.IsNullOrEmpty(row.EnglishHash) && row.EnglishHash != hash && !retyped)
        {
            return $"the English of this unit changed in the project since the file was exported (english_hash {row.EnglishHash}, now {hash}); export again and translate the new English";
        }
        if (SameText(row.English, unit.Source)) { return null; }
        return row.State is null
            ? "the msgid (English) is not the project's English: the English changed since the file was exported, or the msgid was edited; export again"
            : $"the English column was edited (only the translation column is imported); the project's English is \"{Shorten(unit.Source)}\"";
    }

    /// <summary>
    /// Null when the project still has the translation the file started from (or the file does not
    /// say). Otherwise someone changed it since the export: "" when the file's row is as exported
    /// (nothing to import from it: it would put the old text back), else why the row is a conflict.
    /// </summary>
    private static string? ChangedSinceExport(HandoffRow row, TranslationRow before)
    {
        // A spreadsheet that re-typed the hash as a number cannot say: the row is treated as before.
        if (row.TranslationHash is not { } started || !IsHash(started) || HandoffRow.HashOf(before.Translation) == started) { return null; }
        if (HandoffRow.HashOf(row.Translation) == started) { return ""; }
        return $"the translation was changed in the project after this file was exported (it is now \"{Shorten(before.Translation)}\"), and the file changes it to \"{Shorten(row.Translation)}\"; nothing was replaced. Export again and make the change there, or in 'mpleaflets edit'";
    }

    private static (TranslationRow After, string? Problem) Apply(HandoffRow row, TranslationRow before, DateOnly today)
    {
        // Compare as text first; only then forgive what spreadsheets re-type (trimmed spaces), keeping the project's text.
        var textChanged = !SameText(row.Translation, before.Translation);
        if (ImportedState.Of(row, before.State, textChanged) is not { } state)
        {
            return (before, $"unknown state '{row.State}'; use one of: {TranslationStates.AllNames}");
        }
        // Outdated keeps the English the translation was made from; a unit newly marked fuzzy was made from the current English.
        var previous = state == before.State ? before.PreviousSource
            : state != TranslationState.Outdated ? ""
            : before.PreviousSource.Length > 0 ? before.PreviousSource : before.Source;
        // A sign-off belongs to the text it was given for: a unit newly reviewed takes the file's, a reviewed one kept as
        // it was keeps its own, and a changed text (or a unit no longer reviewed nor waiting with its old text) has none.
        SignOff? review = null;
        if (state == TranslationState.Reviewed && (before.State != TranslationState.Reviewed || textChanged))
        {
            if (ImportedSignOff.Of(row, today, out var why) is not { } signOff) { return (before, why); }
            review = signOff;
        }
        else if (!textChanged && state is TranslationState.Reviewed or TranslationState.Outdated)
        {
            review = before.Review;
        }
        return (before with { Translation = textChanged ? row.Translation : before.Translation, State = state, PreviousSource = previous, Review = review }, null);
    }

    private static ImportIssue Conflict(HandoffRow row, TranslationRow before, TranslationRow after) => new(row.Id, row.Line,
        before.Translation == after.Translation
            ? $"reviewed in the project; the file would make it {after.State.ToCsv()}. Use --overwrite-reviewed to accept it"
            : $"reviewed in the project as \"{Shorten(before.Translation)}\"; the file has \"{Shorten(after.Translation)}\". Use --overwrite-reviewed to replace it (it then needs a new review)");

    private static string? Errors(TranslationRow row, Language language)
    {
        var errors = TranslationChecker.Check(row, language).Where(f => f.Severity == Severity.Error).ToList();
        return errors.Count == 0 ? null : string.Join("; ", errors.Select(e => $"[{e.Check}] {e.Message}. {e.Fix}"));
    }

    private static bool IsHash(string text) => text.Length == 10 && text.All(char.IsAsciiHexDigitLower);

    private static bool SameText(string a, string b) => a == b || a.Trim() == b.Trim();

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}

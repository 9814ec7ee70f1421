using MpLeaflets.Units;

namespace MpLeaflets.Translations;

/// <summary>
/// The units a native-speaking reviewer checks, in the order they are checked: every unit with a
/// translation (translated, reviewed, or outdated: the reviewer then checks it against the new
/// English), in document order (the documents in print order, each unit where it stands in its
/// document). The paper review sheet numbers them in this order and the editor's review mode walks
/// them in it, so that "item 12" on paper is "12 of N" on the screen.
/// </summary>
public static class ReviewOrder
{
    public static bool Includes(TranslationRow row) =>
        row.IsActive && !row.InConflict && row.Translation.Trim().Length > 0
        && row.State is TranslationState.Translated or TranslationState.Reviewed or TranslationState.Outdated;

    /// <param name="documents">The English documents in print order; none: the rows' own order (a file without its project).</param>
    /// <param name="documentId">Only this document's units, or null for every document.</param>
    public static IReadOnlyList<TranslationRow> Of(IReadOnlyList<TranslationRow> rows, IReadOnlyList<SegmentedDocument> documents, string? documentId = null)
    {
        var wanted = rows.Where(r => Includes(r) && (documentId is null || r.DocumentId == documentId)).ToList();
        if (documents.Count == 0) { return wanted; }
        var byId = wanted.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return documents.SelectMany(d => d.Units).Select(u => byId.GetValueOrDefault(u.Id)).OfType<TranslationRow>().ToList();
    }
}

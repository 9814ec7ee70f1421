using MpLeaflets.Content;
using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Handoff;

/// <summary>Which rows go to a translator: by state and by document; obsolete rows never do.</summary>
/// <param name="States">Only rows in these states (null: every active state).</param>
/// <param name="Documents">Only units of these document ids (null: every document).</param>
public sealed record ExportFilter(IReadOnlySet<TranslationState>? States = null, IReadOnlySet<string>? Documents = null);

/// <summary>Turns a language's translation file into a hand-off file, byte for byte reproducible.</summary>
public static class HandoffExport
{
    public static IReadOnlyList<HandoffRow> Rows(TranslationFile file, ExportFilter filter) =>
        file.ActiveRows
            .Where(r => filter.States is null || filter.States.Contains(r.State))
            .Where(r => filter.Documents is null || filter.Documents.Contains(r.DocumentId))
            .Select(ToHandoff)
            .ToList();

    public static HandoffRow ToHandoff(TranslationRow row) => new(
        row.Id, row.Source, row.Translation, row.State.ToCsv(), row.State == TranslationState.Outdated,
        row.PreviousSource, row.Note, UnitText.ShortHash(row.Source))
    {
        Reviewer = row.Review?.Reviewer ?? "",
        ReviewedOn = row.Review?.Date ?? "",
        TranslationHash = HandoffRow.HashOf(row.Translation),
    };

    public static byte[] Write(HandoffFormat format, Language language, DateOnly contentVersion, IReadOnlyList<HandoffRow> rows) =>
        format == HandoffFormat.Po
            ? AtomicFile.Utf8NoBom.GetBytes(PoFile.Write(language, contentVersion, rows))
            : SpreadsheetCsv.Write(rows);
}

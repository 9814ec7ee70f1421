using MpLeaflets.Content;

namespace MpLeaflets.Units;

/// <summary>A document cut into units, with the slots that put translations back.</summary>
public sealed record SegmentedDocument(DocumentSource Source, IReadOnlyList<Unit> Units, IReadOnlyList<Slot> Slots)
{
    public string Id => Source.Id;

    /// <summary>Units of the front matter (title, subtitle) are printed, not put back into the Markdown.</summary>
    public Unit TitleUnit => Units.First(u => u.Kind == UnitKind.Title);

    public Unit? SubtitleUnit => Units.FirstOrDefault(u => u.Kind == UnitKind.Subtitle);
}

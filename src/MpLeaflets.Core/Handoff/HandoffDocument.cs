namespace MpLeaflets.Handoff;

/// <summary>A hand-off file as read back: its rows, and what it says about itself.</summary>
/// <param name="Language">The language the file says it is in (the PO header's Language), if any.</param>
public sealed record HandoffDocument(HandoffFormat Format, string? Language, IReadOnlyList<HandoffRow> Rows);

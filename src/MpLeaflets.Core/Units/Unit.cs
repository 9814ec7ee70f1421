namespace MpLeaflets.Units;

/// <summary>
/// One translatable piece of a document: a heading, paragraph, list or task item, table cell, or
/// form label. <see cref="Source"/> is the normalised English (soft wraps and space runs folded,
/// inline Markdown kept verbatim), so re-wrapping the English is not a change.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>leaflet.3f9a2c1b</c>: the document, a dot, and either the
/// block's explicit <c>{#id}</c> or the first 8 hex digits of the SHA-256 of <see cref="Source"/>.</param>
/// <param name="Line">1-based line in the Markdown source where the unit first appears.</param>
public sealed record Unit(string Id, string DocumentId, UnitKind Kind, string Source, string Note, int Line);

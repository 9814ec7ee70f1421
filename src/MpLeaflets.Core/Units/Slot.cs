namespace MpLeaflets.Units;

/// <summary>
/// Where a unit's text sits in the Markdown source: [Start, End). Reassembly puts a translation
/// there; a hard break in it continues on a new line that starts with <see cref="ContinuationPrefix"/>
/// (e.g. "> " inside a block quote). <see cref="SingleLine"/> slots (ATX headings, table cells) turn
/// line breaks into spaces, since a line break would end the block.
/// </summary>
public sealed record Slot(int Start, int End, string UnitId, string ContinuationPrefix, bool SingleLine);

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// What a piece of drawn content is, for the PDF's structure tree (ISO 32000-1 §14.8.4): a
/// heading, paragraph, list item and its label and body. Layout elements create one per block and
/// open it around what they draw, page after page; the writer nests nodes in the order they are
/// opened, which is reading order. Standard structure types only, so no role map is needed.
/// </summary>
internal sealed class StructNode(string role, string? title = null)
{
    /// <summary>H1–H3, P, LI, Lbl, LBody (§14.8.4.3, §14.8.4.4).</summary>
    public string Role { get; } = role;

    /// <summary>A heading's text, for the outline (bookmarks).</summary>
    public string? Title { get; } = title;

    /// <summary>How a list's items are marked (§14.8.5.5 ListNumbering): Disc, Decimal or None.</summary>
    public string? Numbering { get; init; }

    public static StructNode Heading(int level, string text) => new("H" + Math.Clamp(level, 1, 6), text);
}

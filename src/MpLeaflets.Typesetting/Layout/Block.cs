namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// Something a document builder adds to a document: an immutable description. Layout turns it
/// into a stateful element per document, so one block list can be typeset twice (e.g. once per
/// page size for imposition).
/// </summary>
public abstract class Block
{
    /// <summary>Space after the block in points; by default 0.6 × the body size.</summary>
    public float? SpaceAfter { get; init; }

    /// <summary>Space before the block in points, dropped at the top of a page (headings have some by default).</summary>
    public float? SpaceBefore { get; init; }

    /// <summary>How many of the following blocks must go on the same page as this one (e.g. 2 for a list's lead-in line).</summary>
    public int KeepWithNext { get; init; }

    /// <summary>The element for one layout, with the keeping and spacing this block asks for.</summary>
    internal LayoutElement Element(LayoutContext context)
    {
        var element = CreateElement(context);
        element.KeepWith = Math.Max(element.KeepWith, KeepWithNext);
        if (SpaceBefore is { } before) { element.SpaceBefore = before; }
        return element;
    }

    internal abstract LayoutElement CreateElement(LayoutContext context);

    internal float ResolveSpaceAfter(LayoutContext context) => SpaceAfter ?? context.Body.Size * 0.6f;
}

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

    internal abstract LayoutElement CreateElement(LayoutContext context);

    internal float ResolveSpaceAfter(LayoutContext context) => SpaceAfter ?? context.Body.Size * 0.6f;
}

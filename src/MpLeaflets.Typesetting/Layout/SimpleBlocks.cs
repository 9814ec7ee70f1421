namespace MpLeaflets.Typesetting.Layout;

/// <summary>A horizontal line across the content width.</summary>
public sealed class Rule(float thickness = 0.75f) : Block
{
    public float Thickness { get; } = thickness;

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new RuleElement(Thickness, context.Body.Size * 0.5f) { SpaceAfter = SpaceAfter ?? 0 };
}

/// <summary>Vertical space. Dropped at the top of a page like any space.</summary>
public sealed class Spacer(float height) : Block
{
    public float Height { get; } = height;

    internal override LayoutElement CreateElement(LayoutContext context) => new SpacerElement(Height);
}

/// <summary>Ends the page here; nothing happens on a page that is still empty.</summary>
public sealed class PageBreak : Block
{
    internal override LayoutElement CreateElement(LayoutContext context) => new PageBreakElement();
}

internal sealed class RuleElement(float thickness, float padding) : AtomicElement
{
    protected override float Height(float width) => thickness + (2 * padding);

    protected override void DrawAll(PageContent page, Area area)
    {
        var y = area.Y + padding + (thickness / 2);
        page.Line(area.X, y, area.X + area.Width, y, thickness);
    }

    public override string Describe() => "rule";
}

internal sealed class SpacerElement(float height) : LayoutElement
{
    private bool _done;

    public override LayoutPlan Measure(Space space) =>
        _done || space.PageIsEmpty ? LayoutPlan.Empty : LayoutPlan.Full(Math.Min(height, space.Height));

    public override void Draw(PageContent page, Area area, LayoutPlan plan) => _done = true;

    public override string Describe() => "spacer";
}

internal sealed class PageBreakElement : LayoutElement
{
    public override LayoutPlan Measure(Space space) => LayoutPlan.Empty;

    public override void Draw(PageContent page, Area area, LayoutPlan plan)
    {
    }

    public override string Describe() => "page break";
}

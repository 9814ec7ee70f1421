namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// Blocks one under the other, kept on one page: e.g. an item of a review sheet (its number, the
/// English beside the translation, a tick box, lines for a correction), which must not be cut from
/// its own tick box by a page break. Each block keeps its own space after it; never split.
/// </summary>
public sealed class Stack : Block
{
    public Stack(params Block[] blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Length == 0)
        {
            throw new ArgumentException("A stack needs at least one block.", nameof(blocks));
        }

        Blocks = blocks;
    }

    public IReadOnlyList<Block> Blocks { get; }

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new StackElement([.. Blocks.Select(b => b.CreateElement(context))]) { SpaceAfter = ResolveSpaceAfter(context) };
}

internal sealed class StackElement(LayoutElement[] parts) : AtomicElement
{
    private static Space Unbounded(float width) => new(width, float.MaxValue / 4, true);

    protected override float Height(float width) =>
        parts.Select((p, i) => p.Measure(Unbounded(width)).Height + (i < parts.Length - 1 ? p.SpaceAfter : 0)).Sum();

    protected override void DrawAll(PageContent page, Area area)
    {
        var y = area.Y;
        foreach (var part in parts)
        {
            var plan = part.Measure(Unbounded(area.Width));
            part.Draw(page, new Area(area.X, y, area.Width), plan);
            y += plan.Height + part.SpaceAfter;
        }
    }

    public override string Describe() => "stack of " + string.Join(", ", parts.Select(p => p.Describe()));
}

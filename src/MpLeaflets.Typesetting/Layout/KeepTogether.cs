namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// Blocks that go on one page, whole, or all on the next: a consent statement with the signature
/// and date boxes under it, which must never be signed on another side of the sheet than the words
/// they agree to; an item of a review sheet, never cut from its own tick box.
/// </summary>
public sealed class KeepTogether : Block
{
    public KeepTogether(params Block[] blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Length == 0)
        {
            throw new ArgumentException("Nothing to keep together.", nameof(blocks));
        }

        Blocks = blocks;
    }

    public IReadOnlyList<Block> Blocks { get; }

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new KeepTogetherElement([.. Blocks.Select(b => b.Element(context))]) { SpaceAfter = SpaceAfter ?? Blocks[^1].ResolveSpaceAfter(context) };
}

internal sealed class KeepTogetherElement(LayoutElement[] parts) : AtomicElement
{
    private static Space Unbounded(float width) => new(width, float.MaxValue / 4, true);

    protected override float Height(float width)
    {
        var height = 0f;
        for (var i = 0; i < parts.Length; i++)
        {
            height += (i > 0 ? parts[i].SpaceBefore + parts[i - 1].SpaceAfter : 0) + parts[i].Measure(Unbounded(width)).Height;
        }

        return height;
    }

    protected override void DrawAll(PageContent page, Area area)
    {
        var y = area.Y;
        for (var i = 0; i < parts.Length; i++)
        {
            y += i > 0 ? parts[i].SpaceBefore + parts[i - 1].SpaceAfter : 0;
            var plan = parts[i].Measure(Unbounded(area.Width));
            parts[i].Draw(page, area with { Y = y }, plan);
            y += plan.Height;
        }
    }

    public override string Describe() => "kept together: " + string.Join(", ", parts.Select(p => p.Describe()));
}

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// Blocks side by side in equal columns (e.g. a signature box beside the date box, two short
/// write-in fields), the first on the page's start side (right on a right-to-left page). Never split.
/// </summary>
public sealed class Row : Block
{
    public Row(params Block[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length == 0)
        {
            throw new ArgumentException("A row needs at least one block.", nameof(cells));
        }

        Cells = cells;
    }

    public IReadOnlyList<Block> Cells { get; }

    /// <summary>Space between columns in points.</summary>
    public float Gap { get; init; } = Points.FromMm(6);

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new RowElement(Cells.Select(c => c.CreateElement(context)).ToArray(), Gap, context.IsRightToLeft)
        {
            SpaceAfter = ResolveSpaceAfter(context),
        };
}

internal sealed class RowElement(LayoutElement[] cells, float gap, bool rightToLeft) : AtomicElement
{
    private float CellWidth(float width) => (width - (gap * (cells.Length - 1))) / cells.Length;

    private static Space Unbounded(float width) => new(width, float.MaxValue / 4, true);

    protected override float Height(float width)
    {
        var cell = CellWidth(width);
        return cells.Max(c => c.Measure(Unbounded(cell)).Height);
    }

    protected override void DrawAll(PageContent page, Area area)
    {
        var cell = CellWidth(area.Width);
        for (var i = 0; i < cells.Length; i++)
        {
            var plan = cells[i].Measure(Unbounded(cell));
            var column = rightToLeft ? cells.Length - 1 - i : i;
            cells[i].Draw(page, new Area(area.X + (column * (cell + gap)), area.Y, cell), plan);
        }
    }

    public override string Describe() => "row of " + string.Join(", ", cells.Select(c => c.Describe()));
}

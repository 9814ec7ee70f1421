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

    /// <summary>Each column's share of the width (they add up to 1); equal columns when null.</summary>
    public IReadOnlyList<float>? Widths { get; init; }

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new RowElement(Cells.Select(c => c.Element(context)).ToArray(), Gap, context.IsRightToLeft, Widths)
        {
            SpaceAfter = ResolveSpaceAfter(context),
        };
}

internal sealed class RowElement(LayoutElement[] cells, float gap, bool rightToLeft, IReadOnlyList<float>? widths) : AtomicElement
{
    private float CellWidth(float width, int i) =>
        (width - (gap * (cells.Length - 1))) * (widths is { } w ? w[i] : 1f / cells.Length);

    private static Space Unbounded(float width) => new(width, float.MaxValue / 4, true);

    protected override float Height(float width)
    {
        AlignLabels(width);
        return Enumerable.Range(0, cells.Length).Max(i => cells[i].Measure(Unbounded(CellWidth(width, i))).Height);
    }

    protected override void DrawAll(PageContent page, Area area)
    {
        AlignLabels(area.Width);
        // Columns from the page's start side: the first cell is on the right of a right-to-left page.
        var x = rightToLeft ? area.X + area.Width : area.X;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = CellWidth(area.Width, i);
            var plan = cells[i].Measure(Unbounded(cell));
            cells[i].Draw(page, new Area(rightToLeft ? x - cell : x, area.Y, cell), plan);
            x += rightToLeft ? -(cell + gap) : cell + gap;
        }
    }

    private void AlignLabels(float width)
    {
        var labelled = Enumerable.Range(0, cells.Length).Where(i => cells[i] is ILabelled).ToList();
        if (labelled.Count < 2) { return; }
        var tallest = labelled.Max(i => ((ILabelled)cells[i]).LabelHeight(CellWidth(width, i)));
        foreach (var i in labelled) { ((ILabelled)cells[i]).AlignedLabelHeight = tallest; }
    }

    public override string Describe() => "row of " + string.Join(", ", cells.Select(c => c.Describe()));
}

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A label followed by N lines to write on, spaced for handwriting (9 mm by default). Never split.
/// </summary>
public sealed class WriteInField(Paragraph label, int lines = 1) : Block
{
    public Paragraph Label { get; } = label;

    public int LineCount { get; } = lines >= 1 ? lines : throw new ArgumentOutOfRangeException(nameof(lines));

    public float LineGap { get; init; } = Points.FromMm(9);

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new WriteInElement(Label.Prepare(context), LineCount, LineGap) { SpaceAfter = ResolveSpaceAfter(context) };
}

internal sealed class WriteInElement(TextBox label, int count, float gap) : AtomicElement, ILabelled
{
    public float? AlignedLabelHeight { get; set; }

    public float LabelHeight(float width) => label.Height(width);

    private float LabelSpace(float width) => Math.Max(AlignedLabelHeight ?? 0, LabelHeight(width));

    protected override float Height(float width) => LabelSpace(width) + (count * gap);

    protected override void DrawAll(PageContent page, Area area)
    {
        page.Open(new StructNode("P"));
        label.Draw(page, area, 0, int.MaxValue);
        page.Close();
        var y = area.Y + LabelSpace(area.Width);
        for (var i = 1; i <= count; i++)
        {
            page.Line(area.X, y + (i * gap), area.X + area.Width, y + (i * gap), 0.6f);
        }
    }

    public override string Describe() => "write-in field \"" + label.Paragraph.Text + "\"";
}

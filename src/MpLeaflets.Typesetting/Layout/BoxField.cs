namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A labelled empty box for a signature or a date, sized for handwriting, on the page's start
/// side. Never split.
/// </summary>
public sealed class BoxField : Block
{
    private BoxField(Paragraph label, float width, float height)
    {
        Label = label;
        WidthFraction = width;
        BoxHeight = height;
    }

    public Paragraph Label { get; }

    /// <summary>Box width as a fraction of the content width.</summary>
    public float WidthFraction { get; }

    public float BoxHeight { get; }

    public static BoxField Signature(Paragraph label) => new(label, 0.7f, Points.FromMm(22));

    public static BoxField Date(Paragraph label) => new(label, 0.4f, Points.FromMm(11));

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new BoxFieldElement(Label.Prepare(context), WidthFraction, BoxHeight, context.IsRightToLeft)
        {
            SpaceAfter = ResolveSpaceAfter(context),
        };
}

internal sealed class BoxFieldElement(TextBox label, float fraction, float height, bool rightToLeft) : AtomicElement, ILabelled
{
    public float? AlignedLabelHeight { get; set; }

    public float LabelHeight(float width) => label.Height(width);

    private float LabelSpace(float width) => Math.Max(AlignedLabelHeight ?? 0, LabelHeight(width));

    protected override float Height(float width) => LabelSpace(width) + height;

    protected override void DrawAll(PageContent page, Area area)
    {
        page.Open(new StructNode("P"));
        label.Draw(page, area, 0, int.MaxValue);
        page.Close();
        var y = area.Y + LabelSpace(area.Width);
        var width = area.Width * fraction;
        page.Rect(rightToLeft ? area.X + area.Width - width : area.X, y, width, height, 0.9f);
    }

    public override string Describe() => "box \"" + label.Paragraph.Text + "\"";
}

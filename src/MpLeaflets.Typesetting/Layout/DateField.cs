using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A date to write by hand: the label, then one box per digit in the order day, month, year
/// (DD / MM / YYYY, as UK forms ask), each group captioned, on the page's start side. A box per
/// digit leaves no doubt about the order or the calendar a reader writes in. Never split.
/// </summary>
public sealed class DateField(Paragraph label, TextSettings captions) : Block
{
    public Paragraph Label { get; } = label;

    /// <summary>Text settings of the DD, MM, YYYY captions (small, Latin).</summary>
    public TextSettings Captions { get; } = captions;

    internal override LayoutElement CreateElement(LayoutContext context)
    {
        var size = Math.Max(Points.FromMm(6), Label.Resolve(context).Size * 1.5f);
        var captions = new[] { "DD", "MM", "YYYY" }.Select(c => new Paragraph(c, Captions with { Align = TextAlign.Center }).Prepare(context)).ToArray();
        return new DateFieldElement(Label.Prepare(context), captions, size, context.IsRightToLeft) { SpaceAfter = ResolveSpaceAfter(context) };
    }
}

internal sealed class DateFieldElement(TextBox label, TextBox[] captions, float box, bool rightToLeft) : AtomicElement, ILabelled
{
    private static readonly int[] Digits = [2, 2, 4];

    public float? AlignedLabelHeight { get; set; }

    private float GroupGap => box * 0.9f;

    private float BoxesWidth => (Digits.Sum() * box) + (2 * GroupGap);

    public float LabelHeight(float width) => label.Height(width);

    private float LabelSpace(float width) => Math.Max(AlignedLabelHeight ?? 0, LabelHeight(width));

    protected override float Height(float width) => LabelSpace(width) + box + captions.Max(c => c.Height(box * 4));

    protected override void DrawAll(PageContent page, Area area)
    {
        label.Draw(page, area, 0, int.MaxValue);
        var y = area.Y + LabelSpace(area.Width);
        var x = rightToLeft ? area.X + area.Width - BoxesWidth : area.X;
        for (var g = 0; g < Digits.Length; g++)
        {
            var groupWidth = Digits[g] * box;
            for (var d = 0; d < Digits[g]; d++)
            {
                page.Rect(x + (d * box), y, box, box, 0.9f);
            }

            captions[g].Draw(page, new Area(x, y + box, groupWidth), 0, int.MaxValue);
            x += groupWidth;
            if (g < Digits.Length - 1)
            {
                // A slash between the groups, drawn (not typed) so every script shows the same one.
                page.Line(x + (GroupGap * 0.7f), y + (box * 0.15f), x + (GroupGap * 0.3f), y + (box * 0.85f), 0.9f);
                x += GroupGap;
            }
        }
    }

    public override string Describe() => "date field \"" + label.Paragraph.Text + "\"";
}

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A square to tick, sized for a pen, followed by one or more paragraphs (e.g. the reader's
/// language, then English in smaller type). The box is on the page's start side; never split.
/// </summary>
public sealed class TickBoxItem : Block
{
    public TickBoxItem(params Paragraph[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Length == 0)
        {
            throw new ArgumentException("A tick-box item needs text.", nameof(lines));
        }

        Lines = lines;
    }

    public IReadOnlyList<Paragraph> Lines { get; }

    /// <summary>Side of the box in points; by default 5 mm (comfortable for a pen), larger for large print.</summary>
    public float? BoxSize { get; init; }

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new TickBoxElement(Lines.Select(l => l.Prepare(context)).ToArray(),
            BoxSize ?? Math.Max(Points.FromMm(5), context.Body.Size * 1.1f), context.IsRightToLeft)
        {
            SpaceAfter = SpaceAfter ?? context.Body.Size * 0.5f,
        };
}

internal sealed class TickBoxElement(TextBox[] lines, float box, bool rightToLeft) : AtomicElement
{
    private float Gutter => box * 1.6f;

    protected override float Height(float width) =>
        Math.Max(box, lines.Sum(l => l.Height(width - Gutter)));

    protected override void DrawAll(PageContent page, Area area)
    {
        var textWidth = area.Width - Gutter;
        var textX = rightToLeft ? area.X : area.X + Gutter;
        var first = lines[0].Lines(textWidth)[0];
        // Centre the box on the first line's x-height band: baseline minus half the box, roughly.
        var boxTop = area.Y + first.Baseline - (box * 0.85f);
        var boxX = rightToLeft ? area.X + area.Width - box : area.X;
        page.Rect(boxX, Math.Max(area.Y, boxTop), box, box, 0.9f);

        // A checklist is a list (§14.8.4.3.3): each item's text is its body; the printed box is an artifact.
        page.Open(new StructNode("LI") { Numbering = "None" });
        page.Open(new StructNode("LBody"));
        var y = area.Y;
        foreach (var line in lines)
        {
            page.Open(new StructNode("P"));
            y += line.Draw(page, new Area(textX, y, textWidth), 0, int.MaxValue);
            page.Close();
        }

        page.Close();
        page.Close();
    }

    public override string Describe() => "tick-box item \"" + Excerpt(lines[0].Paragraph.Text) + "\"";

    private static string Excerpt(string s) => s.Length > 40 ? s[..37] + "…" : s;
}

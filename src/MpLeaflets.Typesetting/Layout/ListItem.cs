using MpLeaflets.Text;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A bulleted (no number) or numbered list item. The marker sits on the page's start side (right
/// on a right-to-left page), numbers in the document's digits. Long items split like paragraphs.
/// </summary>
public sealed class ListItem(Paragraph content, int? number = null) : Block
{
    public Paragraph Content { get; } = content;

    public int? Number { get; } = number;

    internal override LayoutElement CreateElement(LayoutContext context)
    {
        var settings = Content.Resolve(context);
        var marker = Number is { } n ? context.Digits.Format(n) + "." : "•";
        var markerBox = new Paragraph(marker, settings with { Align = TextAlign.Start }).Prepare(context);
        return new ListItemElement(Content.Prepare(context), markerBox, settings.Size * 1.8f, context.IsRightToLeft,
            new StructNode("LI") { Numbering = Number is null ? "Disc" : "Decimal" })
        {
            SpaceAfter = SpaceAfter ?? settings.Size * 0.3f,
        };
    }
}

internal sealed class ListItemElement(TextBox body, TextBox marker, float gutter, bool rightToLeft, StructNode item) : LayoutElement
{
    private readonly TextElement _body = new(body, splittable: true, keepWithNext: false, new StructNode("LBody"));
    private bool _markerDrawn;

    public override LayoutPlan Measure(Space space) => _body.Measure(space with { Width = space.Width - gutter });

    public override void Draw(PageContent page, Area area, LayoutPlan plan)
    {
        var bodyArea = rightToLeft ? area with { Width = area.Width - gutter } : new Area(area.X + gutter, area.Y, area.Width - gutter);
        page.Open(item);
        if (!_markerDrawn)
        {
            page.Open(new StructNode("Lbl"));
            var markerArea = rightToLeft ? new Area(area.X + area.Width - gutter, area.Y, gutter * 0.8f) : area with { Width = gutter * 0.8f };
            marker.Draw(page, AlignBaselines(markerArea, body, bodyArea.Width), 0, 1);
            page.Close();
            _markerDrawn = true;
        }

        _body.Draw(page, bodyArea, plan);
        page.Close();
    }

    public override string Describe() => "list item " + _body.Describe();

    // The marker's first baseline goes on the item's first baseline, whatever the fonts' heights.
    private Area AlignBaselines(Area markerArea, TextBox text, float width)
    {
        var first = text.Lines(width)[0];
        var markerLine = marker.Lines(markerArea.Width)[0];
        return markerArea with { Y = markerArea.Y + first.Baseline - markerLine.Baseline };
    }
}

namespace MpLeaflets.Typesetting.Layout;

/// <summary>Lays out a paragraph or heading, line by line across pages.</summary>
internal sealed class TextElement(TextBox box, bool splittable, bool keepWithNext, StructNode node) : LayoutElement
{
    /// <summary>Fewest lines left alone at the foot (orphans) or head (widows) of a page.</summary>
    private const int MinLines = 2;

    private int _next;

    public bool KeepsWithNext { get; } = keepWithNext;

    public override LayoutPlan Measure(Space space)
    {
        var lines = box.Lines(space.Width);
        var remaining = lines.Count - _next;
        if (remaining <= 0)
        {
            return LayoutPlan.Empty;
        }

        int fit = 0;
        float height = 0;
        while (fit < remaining && height + lines[_next + fit].Height <= space.Height + 0.01f)
        {
            height += lines[_next + fit].Height;
            fit++;
        }

        if (fit == remaining)
        {
            return LayoutPlan.Full(height, fit);
        }

        var count = splittable ? fit : 0;
        if (remaining - count < MinLines)
        {
            count = remaining - MinLines; // widow: carry a second line over with the last one
        }

        if (_next == 0 && count < MinLines)
        {
            count = 0; // orphan: never one first line alone at the foot of a page
        }

        if (count <= 0)
        {
            if (!space.PageIsEmpty)
            {
                return LayoutPlan.Wrap(splittable ? "widow/orphan control" : "heading is never split");
            }

            count = Math.Max(1, fit); // a page cannot hold more: take what fits rather than loop
        }

        return LayoutPlan.Partial(lines.Skip(_next).Take(count).Sum(l => l.Height), count);
    }

    public override void Draw(PageContent page, Area area, LayoutPlan plan)
    {
        page.Open(node);
        box.Draw(page, area, _next, plan.Count);
        page.Close();
        var total = box.Lines(area.Width).Count;
        for (var i = _next; i < _next + plan.Count && i < total; i++)
        {
            page.TextLines.Add((box, i, total));
        }

        _next += plan.Count;
    }

    public override string Describe()
    {
        var text = box.Paragraph.Text;
        return "text \"" + (text.Length > 40 ? text[..37] + "…" : text) + "\"";
    }
}

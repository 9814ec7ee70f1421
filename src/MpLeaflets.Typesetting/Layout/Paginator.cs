namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// The one paging loop: offers each element the space left on the page, draws what its plan
/// says, and starts a new page on Partial or Wrap. Keeps headings with the next block.
/// </summary>
internal sealed class Paginator(float top, float left, float width, float height)
{
    public List<PageContent> Pages { get; } = [];

    public List<string> Overflows { get; } = [];

    public void Run(IReadOnlyList<LayoutElement> elements)
    {
        var page = NewPage();
        var y = top;
        var empty = true;
        for (var i = 0; i < elements.Count;)
        {
            var element = elements[i];
            if (element is PageBreakElement)
            {
                if (!empty)
                {
                    (page, y, empty) = (NewPage(), top, true);
                }

                i++;
                continue;
            }

            var space = new Space(width, top + height - y, empty);
            var plan = element.Measure(space);
            if (plan.Kind == PlanKind.Empty)
            {
                i++;
                continue;
            }

            if (plan.Kind == PlanKind.Full && element.KeepWithNext && !empty && !NextFits(elements, i, space, plan.Height + element.SpaceAfter))
            {
                plan = LayoutPlan.Wrap("a heading is kept with the block after it");
            }

            if (plan.Kind == PlanKind.Wrap)
            {
                (page, y, empty) = (NewPage(), top, true);
                continue;
            }

            if (plan.Height > space.Height + 0.01f)
            {
                Overflows.Add($"{element.Describe()} is {Points.ToMm(plan.Height - space.Height):0.#} mm taller than a page");
            }

            element.Draw(page, new Area(left, y, width), plan);
            Finish(page, y + plan.Height); // content height, without the space after
            y += plan.Height + element.SpaceAfter;
            empty = false;
            if (plan.Kind == PlanKind.Partial)
            {
                (page, y, empty) = (NewPage(), top, true);
            }
        }

        if (Pages.Count > 1 && Pages[^1].Ops.Count == 0)
        {
            Pages.RemoveAt(Pages.Count - 1);
        }
    }

    // A heading fits only if something of the next block fits after it (so it is never last).
    private static bool NextFits(IReadOnlyList<LayoutElement> elements, int i, Space space, float used)
    {
        for (var j = i + 1; j < elements.Count; j++)
        {
            if (elements[j] is PageBreakElement)
            {
                return false;
            }

            var next = elements[j].Measure(space with { Height = space.Height - used, PageIsEmpty = false });
            if (next.Kind != PlanKind.Empty)
            {
                return next.Kind is PlanKind.Full or PlanKind.Partial;
            }
        }

        return true;
    }

    private PageContent NewPage()
    {
        var page = new PageContent(Pages.Count + 1);
        Pages.Add(page);
        return page;
    }

    private void Finish(PageContent page, float y) => page.UsedHeight = Math.Max(page.UsedHeight, y - top);
}

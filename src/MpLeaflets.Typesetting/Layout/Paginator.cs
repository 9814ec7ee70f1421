namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// The one paging loop: offers each element the space left on the page, draws what its plan
/// says, and starts a new page on Partial or Wrap. Keeps an element with the ones it must stay
/// with (a heading with its text, a list's lead-in with its first items); space before an element
/// is dropped at the top of a page.
/// </summary>
internal sealed class Paginator(float top, float left, float width, float height)
{
    /// <summary>The usable height of a page by number, when some page must hold less (last-page balancing).</summary>
    public Func<int, float>? HeightOfPage { get; init; }

    /// <summary>All space before and after elements is multiplied by this (below 1 to fit a little more on a page).</summary>
    public float Spacing { get; init; } = 1f;

    public List<PageContent> Pages { get; } = [];

    public List<string> Overflows { get; } = [];

    private float Height(int page) => HeightOfPage?.Invoke(page) ?? height;

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

            var before = empty ? 0 : element.SpaceBefore * Spacing;
            var space = new Space(width, top + Height(page.Number) - y - before, empty);
            var plan = element.Measure(space);
            if (plan.Kind == PlanKind.Empty)
            {
                i++;
                continue;
            }

            if (plan.Kind == PlanKind.Full && element.KeepWith > 0 && !empty && !NextFit(elements, i, element.KeepWith, space, plan.Height + (element.SpaceAfter * Spacing)))
            {
                plan = LayoutPlan.Wrap("kept with the blocks after it");
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

            y += before;
            element.Draw(page, new Area(left, y, width), plan);
            page.Elements++;
            Finish(page, y + plan.Height); // content height, without the space after
            y += plan.Height + (element.SpaceAfter * Spacing);
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

    /// <summary>
    /// Whether the next <paramref name="count"/> elements fit after this one: a heading needs
    /// something of the block after it (never last on a page), a lead-in line its first items whole.
    /// </summary>
    private bool NextFit(IReadOnlyList<LayoutElement> elements, int i, int count, Space space, float used)
    {
        var left = space.Height - used;
        for (var j = i + 1; j < elements.Count && count > 0; j++)
        {
            if (elements[j] is PageBreakElement)
            {
                // A page break ends what a block keeps with: nothing follows it on this page anyway.
                return true;
            }

            var next = elements[j].Measure(space with { Height = left - (elements[j].SpaceBefore * Spacing), PageIsEmpty = false });
            if (next.Kind == PlanKind.Empty) { continue; }
            count--;
            var last = count == 0;
            if (next.Kind == PlanKind.Wrap || (!last && next.Kind != PlanKind.Full)) { return false; }
            left -= ((elements[j].SpaceBefore + elements[j].SpaceAfter) * Spacing) + next.Height;
        }

        return true;
    }

    /// <summary>The last page holds only one or two lines of text: a page to avoid.</summary>
    public bool EndsOnAShortPage =>
        Pages.Count > 1 && Pages[^1].Atomics == 0 && Pages[^1].TextLines.Count is > 0 and <= 2;

    private PageContent NewPage()
    {
        var page = new PageContent(Pages.Count + 1);
        Pages.Add(page);
        return page;
    }

    private void Finish(PageContent page, float y) => page.UsedHeight = Math.Max(page.UsedHeight, y - top);
}

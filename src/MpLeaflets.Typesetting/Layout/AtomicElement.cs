namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// An element that is never split (tick-box items, write-in fields, boxes): it goes whole on this
/// page or whole on the next. Drawn even when taller than an empty page, and reported as overflow.
/// </summary>
internal abstract class AtomicElement : LayoutElement
{
    private bool _done;

    protected abstract float Height(float width);

    protected abstract void DrawAll(PageContent page, Area area);

    public override LayoutPlan Measure(Space space)
    {
        if (_done)
        {
            return LayoutPlan.Empty;
        }

        var height = Height(space.Width);
        return height <= space.Height + 0.01f || space.PageIsEmpty
            ? LayoutPlan.Full(height)
            : LayoutPlan.Wrap(Describe() + " is never split");
    }

    public override void Draw(PageContent page, Area area, LayoutPlan plan)
    {
        DrawAll(page, area);
        page.Atomics++;
        _done = true;
    }
}

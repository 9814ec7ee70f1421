namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// The stateful, per-document counterpart of a <see cref="Block"/>. Measure is pure: it says
/// what would fit. Draw places what the plan said and moves the element's state on, so an
/// element that spans pages continues where it stopped.
/// </summary>
internal abstract class LayoutElement
{
    /// <summary>How many of the following elements must fit on the same page (a heading: 1, so it is
    /// never the last thing on a page; a list's lead-in line: 2, so it never stands alone).</summary>
    public int KeepWith { get; set; }

    public float SpaceAfter { get; init; }

    /// <summary>Space before the element, unless it starts a page (more above a heading than below it).</summary>
    public float SpaceBefore { get; set; }

    public abstract LayoutPlan Measure(Space space);

    public abstract void Draw(PageContent page, Area area, LayoutPlan plan);

    /// <summary>Short description for overflow messages.</summary>
    public abstract string Describe();
}

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// The stateful, per-document counterpart of a <see cref="Block"/>. Measure is pure: it says
/// what would fit. Draw places what the plan said and moves the element's state on, so an
/// element that spans pages continues where it stopped.
/// </summary>
internal abstract class LayoutElement
{
    /// <summary>Headings: never the last thing on a page.</summary>
    public virtual bool KeepWithNext => false;

    public float SpaceAfter { get; init; }

    public abstract LayoutPlan Measure(Space space);

    public abstract void Draw(PageContent page, Area area, LayoutPlan plan);

    /// <summary>Short description for overflow messages.</summary>
    public abstract string Describe();
}

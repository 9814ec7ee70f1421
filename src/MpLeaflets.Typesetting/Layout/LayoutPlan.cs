namespace MpLeaflets.Typesetting.Layout;

/// <summary>What an element can place in the space it is offered (the QuestPDF-style protocol).</summary>
internal enum PlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Nothing fits here; move to the next page. <see cref="LayoutPlan.Reason"/> says why.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything left fits.</summary>
    Full,
}

/// <param name="Kind">The outcome.</param>
/// <param name="Height">Height the drawn part takes.</param>
/// <param name="Count">Element-specific amount to draw (lines of a paragraph).</param>
/// <param name="Reason">Why it wrapped, for overflow messages.</param>
internal readonly record struct LayoutPlan(PlanKind Kind, float Height = 0, int Count = 0, string? Reason = null)
{
    public static LayoutPlan Empty { get; } = new(PlanKind.Empty);

    public static LayoutPlan Wrap(string reason) => new(PlanKind.Wrap, Reason: reason);

    public static LayoutPlan Full(float height, int count = 0) => new(PlanKind.Full, height, count);

    public static LayoutPlan Partial(float height, int count) => new(PlanKind.Partial, height, count);
}

/// <summary>Space offered to an element: width and height left, and whether the page is still empty.</summary>
internal readonly record struct Space(float Width, float Height, bool PageIsEmpty);

/// <summary>Where to draw: the top-left corner of the content box and its width.</summary>
internal readonly record struct Area(float X, float Y, float Width);

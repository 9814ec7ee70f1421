using MpLeaflets.Typesetting.Layout;

namespace MpLeaflets.Typesetting;

/// <summary>How a document paginated: page count, content height per page, and overflow notes.</summary>
public sealed class LayoutResult
{
    internal LayoutResult(IReadOnlyList<PageContent> pages, IReadOnlyList<string> overflows)
    {
        Pages = pages;
        PageCount = pages.Count;
        Overflows = overflows;
    }

    public int PageCount { get; }

    /// <summary>Blocks that could not fit on any page, e.g. "tick-box item … is 12 mm taller than a page".</summary>
    public IReadOnlyList<string> Overflows { get; }

    internal IReadOnlyList<PageContent> Pages { get; }

    /// <summary>Content height in mm on each page after the first <paramref name="maxPages"/>: how far a
    /// document that must fit in that many pages overflows ("overflowed by 23 mm"). 0 when it fits.</summary>
    public float OverflowMillimetres(int maxPages) =>
        Points.ToMm(Pages.Skip(maxPages).Sum(p => p.UsedHeight));
}

/// <summary>A written PDF: its layout facts and size.</summary>
public sealed class TypesetResult(LayoutResult layout, long bytes)
{
    public LayoutResult Layout { get; } = layout;

    public int PageCount => Layout.PageCount;

    public long Bytes { get; } = bytes;
}

namespace MpLeaflets.Documents.Packs;

/// <summary>Pages first..last of the pack file (1-based, inclusive).</summary>
internal readonly record struct PageRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public override string ToString() => First == Last ? $"page {First}" : $"pages {First}–{Last}";
}

/// <summary>
/// Where everything goes in a pack file: the cover, then one range per way of printing (the
/// booklets; then the A4 sheets), and the range of each part, so the cover can say exactly what to
/// print how.
/// </summary>
internal sealed record PackPlan(PageRange Cover, PageRange? Booklets, PageRange? Sheets, IReadOnlyList<(PackPart Part, PageRange Pages)> Parts)
{
    public static PackPlan Of(int coverPages, IReadOnlyList<PackPart> booklets, IReadOnlyList<PackPart> sheets)
    {
        var parts = new List<(PackPart, PageRange)>();
        var next = coverPages + 1;
        PageRange? Run(IReadOnlyList<PackPart> run)
        {
            var first = next;
            foreach (var part in run)
            {
                parts.Add((part, new PageRange(next, next + part.Pages - 1)));
                next += part.Pages;
            }
            return run.Count == 0 ? null : new PageRange(first, next - 1);
        }

        var bookletRange = Run(booklets);
        var sheetRange = Run(sheets);
        return new PackPlan(new PageRange(1, coverPages), bookletRange, sheetRange, parts);
    }
}

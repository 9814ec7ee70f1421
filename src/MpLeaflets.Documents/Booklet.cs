using MpLeaflets.Typesetting;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Pdf;

namespace MpLeaflets.Documents;

/// <summary>
/// Saddle-stitch imposition: A5 pages two to a side of an A4 landscape sheet, the page count padded
/// with blank pages to a multiple of 4, for duplex printing "flip on short edge", folding and
/// stapling. A right-to-left booklet binds on the right, so each side is mirrored.
/// </summary>
public static class Booklet
{
    /// <summary>Pages (1-based; above <paramref name="pages"/> = blank) on the left and right of each sheet side, in print order.</summary>
    public static IReadOnlyList<(int Left, int Right)> Sides(int pages, bool rightToLeft)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var n = (pages + 3) / 4 * 4;
        var sides = new List<(int, int)>();
        for (var s = 0; s < n / 4; s++)
        {
            // LTR sheet s: front holds the last unused page on the left and the first on the right; the back the reverse.
            (int Left, int Right) front = (n - (2 * s), (2 * s) + 1);
            (int Left, int Right) back = ((2 * s) + 2, n - (2 * s) - 1);
            sides.Add(rightToLeft ? (front.Right, front.Left) : front);
            sides.Add(rightToLeft ? (back.Right, back.Left) : back);
        }

        return sides;
    }

    /// <summary>Imposes a laid-out A5 document onto A4 landscape sheets written to <paramref name="output"/>;
    /// returns the number of sheet sides. The booklet is tagged like the document, in reading order.</summary>
    public static int Impose(LayoutResult layout, DocumentSettings settings, Stream output, bool rightToLeft, DateOnly version)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var sides = Sides(layout.PageCount, rightToLeft);
        var metadata = settings.Metadata with { Date = version.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) };
        var file = new PdfFile(metadata, settings.Language ?? settings.Body.Language);
        file.AddImposed(layout, settings.PageSize, PageSize.A4Landscape, sides);
        output.Write(file.ToArray());
        return sides.Count;
    }
}

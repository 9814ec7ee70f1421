using PdfSharp.Drawing;
using PdfSharp.Pdf;

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

    /// <summary>Imposes the A5 PDF at <paramref name="source"/> onto A4 landscape sheets written to <paramref name="output"/>.</summary>
    public static int Impose(string source, Stream output, bool rightToLeft, string title, DateOnly version, string language)
    {
        using var form = XPdfForm.FromFile(source);
        var pages = form.PageCount;
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "MP Leaflets";
        var sides = Sides(pages, rightToLeft);
        foreach (var (left, right) in sides)
        {
            var sheet = document.AddPage();
            sheet.Width = XUnit.FromMillimeter(297);
            sheet.Height = XUnit.FromMillimeter(210);
            using var gfx = XGraphics.FromPdfPage(sheet);
            var half = sheet.Width.Point / 2;
            Place(gfx, form, left, pages, 0, half, sheet.Height.Point);
            Place(gfx, form, right, pages, half, half, sheet.Height.Point);
        }

        ReproduciblePdf.Save(document, output, ReproduciblePdf.IdentityOf(source) + rightToLeft, version, language);
        return sides.Count;
    }

    private static void Place(XGraphics gfx, XPdfForm form, int page, int pages, double x, double width, double height)
    {
        if (page > pages)
        {
            return; // padding: a blank page
        }

        form.PageNumber = page;
        gfx.DrawImage(form, new XRect(x, 0, width, height));
    }
}

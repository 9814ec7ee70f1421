using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes a piece's glyphs (ISO 32000-1 §9.4): the text-carrying glyph of each cluster as text,
/// in one TJ array per baseline with the shaped positions kept exactly (a kerning number only where
/// the pen, moved by each CID's /W width, is off by more than 1/20 of a thousandth of an em); a
/// glyph moved off the baseline starts a new text matrix. Glyphs with no text of their own are
/// filled paths (a form XObject per glyph, §8.10), which no reader turns into characters.
/// Right-to-left runs are drawn in reading order (each glyph left of the one before): MuPDF reads
/// text in content order only, poppler's reading-order mode sorts by position either way, while
/// pdf.js and poppler -raw want left-to-right drawing. Measured both ways (docs/pdf.md), MuPDF's
/// 0.03 → 1.00 on Arabic outweighs pdf.js's 0.9 → 0.03, as issue 13's targets ask.
/// Text that no glyph of its own can carry (see <see cref="Clusters"/>: marks, a Nastaliq letter in
/// its cascade) is shown on the font's space glyph, which draws nothing, on the baseline.
/// </summary>
internal static class GlyphText
{
    public static void Write(PdfBuffer b, LinePiece piece, PdfResources resources, float x, float baseline, ref (CidFont Font, float Size)? current)
    {
        var roles = Clusters.Roles(piece);
        var font = resources.Font(piece.Face);
        var size = piece.Size;
        var order = DrawingOrder(piece);
        b.Raw("BT\n");
        if (current is not { } c || c.Font != font || c.Size != size)
        {
            b.Name(font.ResourceName).Raw(' ').Num(size).Raw(" Tf\n");
            current = (font, size);
        }

        float pen = 0;
        float? lineY = null;
        var inArray = false;
        void Show(ushort glyph, TextUnit unit, float gx, float gy)
        {
            if (lineY != gy)
            {
                if (inArray) { b.Raw("]TJ\n"); inArray = false; }
                b.Raw("1 0 0 1 ").Num(gx).Raw(' ').Num(gy).Raw(" Tm\n");
                (pen, lineY) = (gx, gy);
            }

            if (!inArray) { b.Raw('['); inArray = true; }
            var adjust = (pen - gx) * 1000 / size;
            if (Math.Abs(adjust) >= 0.05f)
            {
                var rounded = MathF.Round(adjust, 1);
                b.Num(rounded);
                pen -= rounded * size / 1000;
            }

            var cid = font.Cid(glyph, unit.Text, unit.Width);
            b.Raw('<').Raw(Hex4(cid)).Raw('>');
            pen += font.Width(cid) * size / 1000f;
        }

        var empty = piece.Face.SpaceGlyph ?? throw new InvalidOperationException($"{piece.Face.Name} has no space glyph to carry text.");
        foreach (var i in order)
        {
            if (roles[i].Units is not { } units)
            {
                continue;
            }

            for (var u = 0; u < units.Length; u++)
            {
                if (u == 0 && !roles[i].Proxy)
                {
                    Show(piece.Glyphs[i], units[0], x + piece.Xs[i], baseline);
                }
                else
                {
                    Show(empty, units[u], x + units[u].X, baseline);
                }
            }
        }

        if (inArray) { b.Raw("]TJ\n"); }
        b.Raw("ET\n");

        for (var i = 0; i < piece.Glyphs.Length; i++)
        {
            if (roles[i].DrawnAsText || resources.GlyphForm(piece.Face, piece.Glyphs[i]) is not { } form)
            {
                continue;
            }

            b.Raw("q ").Num(size).Raw(" 0 0 ").Num(size).Raw(' ').Num(x + piece.Xs[i]).Raw(' ').Num(baseline - (piece.Ys?[i] ?? 0))
                .Raw(" cm ").Name(form).Raw(" Do Q\n");
        }
    }

    private static IEnumerable<int> DrawingOrder(LinePiece piece)
    {
        var n = piece.Glyphs.Length;
        return piece.IsRightToLeft ? Enumerable.Range(0, n).Reverse() : Enumerable.Range(0, n);
    }

    private static string Hex4(ushort value) => value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}

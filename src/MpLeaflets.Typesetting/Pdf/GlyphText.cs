using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes a piece's clusters (ISO 32000-1 §9.4) as one TJ array per baseline, each cluster one glyph
/// (see <see cref="Clusters"/>) at its shaped position, kept exactly: a kerning number only where the
/// pen, moved by each CID's /W width, is off by more than 1/20 of a thousandth of an em. Glyphs
/// between numbers share one hex string. Text units no glyph of its own can carry (marks split off
/// for the readers' sake) are shown on the font's space glyph, which draws nothing.
/// Right-to-left runs are drawn in reading order (each cluster left of the one before): MuPDF reads
/// text in content order only, poppler's reading-order mode sorts by position either way, while
/// pdf.js and poppler -raw want left-to-right drawing. Measured both ways (docs/pdf.md), MuPDF's
/// 0.03 → 1.00 on Arabic outweighs pdf.js's 0.9 → 0.03, as issue 13's targets ask.
/// </summary>
internal static class GlyphText
{
    public static void Write(PdfBuffer b, LinePiece piece, PdfResources resources, float x, float baseline, ref (CidFont Font, float Size)? current)
    {
        var clusters = Clusters.Of(piece);
        var font = resources.Font(piece.Face);
        var size = piece.Size;
        b.Raw("BT\n");
        if (current is not { } c || c.Font != font || c.Size != size)
        {
            b.Name(font.ResourceName).Raw(' ').Num(size).Raw(" Tf\n");
            current = (font, size);
        }

        b.Raw("1 0 0 1 ").Num(x + (piece.IsRightToLeft && clusters.Count > 0 ? clusters[^1].Start : 0)).Raw(' ').Num(baseline).Raw(" Tm\n[");
        var pen = x + (piece.IsRightToLeft && clusters.Count > 0 ? clusters[^1].Start : 0);
        var inString = false;
        void Show(GlyphPart[] parts, TextUnit unit, float at)
        {
            var adjust = (pen - at) * 1000 / size;
            if (Math.Abs(adjust) >= 0.05f)
            {
                var rounded = MathF.Round(adjust, 1);
                if (inString) { b.Raw('>'); inString = false; }
                b.Num(rounded);
                pen -= rounded * size / 1000;
            }

            var cid = font.Cid(parts, unit.Text, unit.Width);
            if (!inString) { b.Raw('<'); inString = true; }
            b.Hex4(cid);
            pen += font.Width(cid) * size / 1000f;
        }

        var empty = new[] { new GlyphPart(piece.Face.SpaceGlyph ?? throw new InvalidOperationException($"{piece.Face.Name} has no space glyph."), 0, 0) };
        foreach (var cluster in piece.IsRightToLeft ? Enumerable.Reverse(clusters) : clusters)
        {
            Show(cluster.Parts, cluster.Units[0], x + cluster.Start);
            foreach (var unit in cluster.Units.Skip(1))
            {
                Show(empty, unit, x + unit.X);
            }
        }

        if (inString) { b.Raw('>'); }
        b.Raw("]TJ\nET\n");
    }
}

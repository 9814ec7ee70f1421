namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Cuts the glyphs of one line's share of a shaped run into a <see cref="LinePiece"/>: positions
/// and advances in points, and the text and HarfBuzz cluster map the PDF needs to give it back.
/// </summary>
internal static class PieceBuilder
{
    /// <summary>
    /// The glyphs whose clusters fall in [from, to) of the run. Clusters are monotone (HarfBuzz's
    /// MonotoneCharacters level: rising for left-to-right glyphs, falling for right-to-left), so
    /// two binary searches find them: each line costs its own length, not the run's, and a long
    /// paragraph is typeset in time linear in its length.
    /// </summary>
    private static (int First, int Count) GlyphRange(ShapedRun shaped, bool rightToLeft, int from, int to)
    {
        var clusters = shaped.Clusters;
        int FirstWhere(Func<int, bool> holds)
        {
            int lo = 0, hi = shaped.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (holds(clusters[mid])) { hi = mid; } else { lo = mid + 1; }
            }

            return lo;
        }

        var first = rightToLeft ? FirstWhere(c => c < to) : FirstWhere(c => c >= from);
        var end = rightToLeft ? FirstWhere(c => c < from) : FirstWhere(c => c >= to);
        return (first, Math.Max(0, end - first));
    }

    public static LinePiece Slice(PreparedParagraph p, TextRun run, int start, int end)
    {
        var shaped = run.Shaped;
        var (first, count) = GlyphRange(shaped, run.IsRightToLeft, start - run.Start, end - run.Start);
        var scale = run.Size / run.Face.UnitsPerEm;
        var glyphs = new ushort[count];
        var xs = new float[count];
        var ys = new float[count];
        var advances = new float[count];
        var clusters = new uint[count];
        var anyY = false;
        float pen = 0;
        for (var i = 0; i < count; i++)
        {
            var g = first + i;
            glyphs[i] = shaped.Glyphs[g];
            xs[i] = pen + (shaped.OffsetsX[g] * scale);
            ys[i] = -shaped.OffsetsY[g] * scale; // HarfBuzz y grows upward, the page's downward.
            anyY |= shaped.OffsetsY[g] != 0;
            clusters[i] = (uint)(run.Start + shaped.Clusters[g] - start);
            advances[i] = shaped.Advances[g] * scale;
            pen += advances[i];
        }

        // Glyphs stay in visual order with HarfBuzz's clusters: the PDF writer decides which glyph
        // carries each cluster's text and in which order glyphs are drawn (see docs/pdf.md).
        return new LinePiece
        {
            Face = run.Face,
            Size = run.Size,
            Width = pen,
            Glyphs = glyphs,
            Xs = xs,
            Ys = anyY ? ys : null,
            Advances = advances,
            Text = p.Text.Substring(start, end - start),
            Clusters = clusters,
            Style = run.Span.Style,
            Link = run.Span.Link,
            Language = run.Span.Language ?? p.Settings.Language,
            IsRightToLeft = run.IsRightToLeft,
            LogicalStart = start,
        };
    }
}

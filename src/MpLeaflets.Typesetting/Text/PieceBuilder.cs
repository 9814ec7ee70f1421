namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Cuts the glyphs of one line's share of a shaped run into a <see cref="LinePiece"/>: positions
/// in points, and the text and cluster map the PDF needs to give the text back in reading order.
/// </summary>
internal static class PieceBuilder
{
    /// <summary>
    /// Within each cluster, draws a glyph on the baseline first and raised or lowered marks after
    /// it. Paper looks the same, but PDF readers place a cluster's text (its ActualText) where its
    /// first glyph is: a dot drawn first would lift the letter onto a line of its own.
    /// </summary>
    private static void BaseGlyphFirst(ushort[] glyphs, float[] xs, float[] ys, uint[] clusters)
    {
        for (var start = 0; start < glyphs.Length;)
        {
            var end = start + 1;
            while (end < glyphs.Length && clusters[end] == clusters[start])
            {
                end++;
            }

            if (ys[start] != 0)
            {
                for (var j = start + 1; j < end; j++)
                {
                    if (ys[j] == 0)
                    {
                        (glyphs[start], glyphs[j]) = (glyphs[j], glyphs[start]);
                        (xs[start], xs[j]) = (xs[j], xs[start]);
                        (ys[start], ys[j]) = (ys[j], ys[start]);
                        break;
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// Indic words are handed to the PDF as one cluster each, so their text is one /ActualText
    /// span in logical order: with a span per conjunct, extractors see gaps between reordered
    /// vowel signs and split words. Right-to-left words are not merged: extractors such as
    /// poppler reverse the characters of a right-to-left span, so those keep HarfBuzz's clusters.
    /// Latin, Ethiopic and CJK map glyph to character one to one and need none.
    /// </summary>
    private static bool NeedsWordText(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is >= '\u0900' and <= '\u0DFF')
            {
                return true;
            }
        }

        return false;
    }

    private static int WordStart(string text, int at, int limit)
    {
        if (char.IsWhiteSpace(text[at]))
        {
            return at;
        }

        while (at > limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

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
        var wholeWords = NeedsWordText(p.Text, start, end);
        var scale = run.Size / run.Face.UnitsPerEm;
        var glyphs = new ushort[count];
        var xs = new float[count];
        var ys = new float[count];
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
            var at = run.Start + shaped.Clusters[g];
            clusters[i] = (uint)(p.Utf8Prefix[wholeWords ? WordStart(p.Text, at, start) : at] - p.Utf8Prefix[start]);
            pen += shaped.Advances[g] * scale;
        }

        if (run.IsRightToLeft)
        {
            // Positions are explicit, so drawing order is free: draw right-to-left text in
            // logical order, and the content stream reads in reading order for extractors.
            Array.Reverse(glyphs);
            Array.Reverse(xs);
            Array.Reverse(ys);
            Array.Reverse(clusters);
        }

        if (anyY)
        {
            BaseGlyphFirst(glyphs, xs, ys, clusters);
        }

        return new LinePiece
        {
            Face = run.Face,
            Size = run.Size,
            Width = pen,
            Glyphs = glyphs,
            Xs = xs,
            Ys = anyY ? ys : null,
            Utf8 = System.Text.Encoding.UTF8.GetBytes(p.Text.AsSpan(start, end - start).ToArray()),
            Clusters = clusters,
            Style = run.Span.Style,
            Link = run.Span.Link,
            LogicalStart = start,
        };
    }
}

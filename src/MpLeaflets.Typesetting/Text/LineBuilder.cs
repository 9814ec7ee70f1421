namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Breaks a prepared paragraph into lines of a given width: greedy fill over ICU's break
/// opportunities (UAX #14), ragged edge, no hyphenation; then orders each line's pieces visually.
/// </summary>
internal static class LineBuilder
{
    private const float Tolerance = 0.01f;

    public static List<TextLine> Break(PreparedParagraph p, float width)
    {
        var lines = new List<TextLine>();
        var text = p.Text;
        int lineStart = 0, candidate = -1, k = 0;
        var opportunities = p.BreakOpportunities;
        while (k < opportunities.Count && lineStart < text.Length)
        {
            var b = opportunities[k];
            if (b <= lineStart)
            {
                k++;
                continue;
            }

            var hard = IsMandatoryBreak(text[b - 1]);
            if (Measure(p, lineStart, b) <= width + Tolerance)
            {
                if (hard || b == text.Length)
                {
                    lines.Add(Build(p, lineStart, b));
                    lineStart = b;
                    candidate = -1;
                }
                else
                {
                    candidate = b;
                }

                k++;
                continue;
            }

            var end = candidate > lineStart ? candidate : EmergencyCut(p, lineStart, b, width);
            lines.Add(Build(p, lineStart, end));
            lineStart = end;
            candidate = -1;
        }

        if (lines.Count == 0)
        {
            lines.Add(Build(p, 0, text.Length));
        }

        return lines;
    }

    // LB4/LB5: always break after LF and the Unicode line and paragraph separators.
    private static bool IsMandatoryBreak(char c) => c is '\n' or '\u2028' or '\u2029';

    private static float Measure(PreparedParagraph p, int start, int end) =>
        p.PrefixWidth[VisibleEnd(p.Text, start, end)] - p.PrefixWidth[start];

    /// <summary>Spaces at the end of a line hang in the margin: they neither count nor print.</summary>
    private static int VisibleEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || BidiControls.IsInvisible(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>A word wider than the line (a long URL) is cut at the last glyph cluster that fits.</summary>
    private static int EmergencyCut(PreparedParagraph p, int start, int limit, float width)
    {
        var best = -1;
        for (var i = start + 1; i < limit; i++)
        {
            if (!p.ClusterStart[i])
            {
                continue;
            }

            if (p.PrefixWidth[i] - p.PrefixWidth[start] > width + Tolerance)
            {
                break;
            }

            best = i;
        }

        if (best > start)
        {
            return best;
        }

        var next = start + 1;
        while (next < limit && !p.ClusterStart[next])
        {
            next++;
        }

        return next;
    }

    private static TextLine Build(PreparedParagraph p, int start, int end)
    {
        var visibleEnd = VisibleEnd(p.Text, start, end);
        var slices = new List<(TextRun Run, int Start, int End)>();
        foreach (var run in p.Runs)
        {
            var s = Math.Max(run.Start, start);
            var e = Math.Min(run.End, visibleEnd);
            if (s < e)
            {
                slices.Add((run, s, e));
            }
        }

        // Trailing whitespace is already trimmed, so UAX #9 L1 has nothing left to reset; L2 orders the rest.
        var levels = slices.Select(s => s.Run.Level).ToArray();
        var order = BidiReorder.VisualOrder(levels);
        var pieces = new List<LinePiece>(slices.Count);
        float x = 0, ascent = 0, descent = 0;
        foreach (var index in order)
        {
            var (run, s, e) = slices[index];
            var piece = Slice(p, run, s, e);
            piece.X = x;
            x += piece.Width;
            pieces.Add(piece);
            ascent = Math.Max(ascent, run.Face.Ascender * run.Size);
            descent = Math.Max(descent, run.Face.Descender * run.Size);
        }

        if (pieces.Count == 0)
        {
            ascent = p.Primary.Ascender * p.Settings.Size;
            descent = p.Primary.Descender * p.Settings.Size;
        }

        var natural = ascent + descent;
        var height = Math.Max(natural, p.Settings.Size * p.Settings.LineSpacing);
        return new TextLine(pieces, x, height, ((height - natural) / 2) + ascent, start, end);
    }

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

    private static LinePiece Slice(PreparedParagraph p, TextRun run, int start, int end)
    {
        var shaped = run.Shaped;
        int first = -1, last = -1;
        for (var g = 0; g < shaped.Count; g++)
        {
            var at = run.Start + shaped.Clusters[g];
            if (at >= start && at < end)
            {
                if (first < 0)
                {
                    first = g;
                }

                last = g;
            }
        }

        var count = first < 0 ? 0 : last - first + 1;
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
        };
    }
}

using MpLeaflets.Text;
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

            var hard = LineBreaks.IsMandatory(text[b - 1]);
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

    private static float Measure(PreparedParagraph p, int start, int end) =>
        p.PrefixWidth[VisibleEnd(p.Text, start, end)] - p.PrefixWidth[start];

    /// <summary>Spaces at the end of a line hang in the margin: they neither count nor print.</summary>
    private static int VisibleEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || Bidi.IsControl(text[end - 1])))
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

    private static int FirstRunEndingAfter(List<TextRun> runs, int position)
    {
        int lo = 0, hi = runs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (runs[mid].End > position) { hi = mid; } else { lo = mid + 1; }
        }

        return lo;
    }

    private static TextLine Build(PreparedParagraph p, int start, int end)
    {
        var visibleEnd = VisibleEnd(p.Text, start, end);
        var slices = new List<(TextRun Run, int Start, int End)>();
        // Runs are in logical order: start at the first that reaches this line, stop after it.
        for (var r = FirstRunEndingAfter(p.Runs, start); r < p.Runs.Count && p.Runs[r].Start < visibleEnd; r++)
        {
            var run = p.Runs[r];
            var s = Math.Max(run.Start, start);
            var e = Math.Min(run.End, visibleEnd);
            if (s < e)
            {
                slices.Add((run, s, e));
            }
        }

        // Trailing whitespace is already trimmed, so UAX #9 L1 has nothing left to reset; L2 orders the rest.
        var levels = slices.Select(s => s.Run.Level).ToArray();
        var order = Bidi.VisualOrder(levels);
        var pieces = new List<LinePiece>(slices.Count);
        float x = 0, ascent = 0, descent = 0;
        foreach (var index in order)
        {
            var (run, s, e) = slices[index];
            var piece = PieceBuilder.Slice(p, run, s, e);
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
}

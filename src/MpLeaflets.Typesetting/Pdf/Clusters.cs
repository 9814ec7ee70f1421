using System.Globalization;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>Characters a text-showing glyph gives readers, drawn at <paramref name="X"/> (relative to the
/// piece), <paramref name="Width"/> thousandths of an em wide.</summary>
internal readonly record struct TextUnit(string Text, float X, int Width);

/// <summary>A glyph of a cluster, placed relative to the cluster's start on the baseline, in font units.</summary>
internal readonly record struct GlyphPart(ushort Glyph, short Dx, short Dy);

/// <summary>
/// One cluster as the PDF draws it: all its glyphs as one glyph (a composite made for it in the font
/// program when it has more than one, or one moved off its origin) at the cluster's start on the
/// baseline, showing the first text unit; further units on empty glyphs after it.
/// </summary>
internal sealed record ClusterDraw(float Start, GlyphPart[] Parts, TextUnit[] Units);

/// <summary>
/// Splits a piece's glyphs into HarfBuzz clusters (glyphs in visual order; cluster values rise left to
/// right, or fall for right-to-left runs). Each cluster is drawn as one glyph at its start with the
/// cluster's advance as its width and its own characters as its text: the dots of an Arabic letter,
/// the parts of a Bengali conjunct and a Nastaliq letter's place in its cascade are in the glyph, so
/// no reader sees a piece without text, and readers' character boxes tile each word. Measured reader
/// rules shape the text units (docs/pdf.md):
/// - pdf.js takes any string holding a nonspacing mark for a zero-width diacritic, so in left-to-right
///   text marks (a virama, a vowel sign below) are zero-width units of their own, and the letters
///   around them share the cluster's width in reading order;
/// - poppler reads a right-to-left "letter + mark" string mark first, so there marks (and a ZWNJ or
///   ZWJ) follow their letter as zero-width units just left of it (in a lam-alef with a mark on the
///   lam, the lam takes the cluster's right half, its mark, then the alef the left half);
/// - a cluster that takes no room (a conjunct's second consonant drawn under the first, a ZWNJ) joins
///   the cluster before it in reading order, since a zero-width box reads as the edge of a word.
/// </summary>
internal static class Clusters
{
    /// <summary>How far left of its letter (in 1/1000 em) a right-to-left mark's text is put.</summary>
    private const float MarkOffset = 10;

    private sealed class Cluster(float start, float advance, string text, List<GlyphPart> parts)
    {
        public float Start { get; } = start;

        public float Advance { get; set; } = advance;

        public string Text { get; set; } = text;

        public List<GlyphPart> Parts { get; } = parts;
    }

    /// <summary>The piece's clusters in visual order (left to right).</summary>
    public static List<ClusterDraw> Of(LinePiece piece)
    {
        var clusters = Find(piece);
        if (clusters.Count == 0)
        {
            return [];
        }

        Merge(piece, clusters);
        return clusters.Where(c => c.Parts.Count > 0)
            .Select(c => new ClusterDraw(c.Start, [.. c.Parts], Units(piece, c))).ToList();
    }

    private static List<Cluster> Find(LinePiece piece)
    {
        var n = piece.Glyphs.Length;
        var toUnits = piece.Face.UnitsPerEm / piece.Size;
        var result = new List<Cluster>();
        var values = new List<int>();
        float pen = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && piece.Clusters[end] == piece.Clusters[start])
            {
                end++;
            }

            var parts = new List<GlyphPart>(end - start);
            var advance = 0f;
            for (var i = start; i < end; i++)
            {
                parts.Add(new GlyphPart(piece.Glyphs[i], Units(piece.Xs[i] - pen, toUnits), Units(-(piece.Ys?[i] ?? 0), toUnits)));
                advance += piece.Advances[i];
            }

            values.Add((int)piece.Clusters[start]);
            result.Add(new Cluster(pen, advance, "", parts));
            pen += advance;
            start = end;
        }

        // Cluster values rise left to right (fall for right-to-left runs): a cluster's text ends where
        // the next one in reading order starts.
        for (var k = 0; k < result.Count; k++)
        {
            var next = piece.IsRightToLeft ? k - 1 : k + 1;
            var to = next >= 0 && next < result.Count ? values[next] : piece.Text.Length;
            result[k].Text = piece.Text[values[k]..Math.Max(values[k], to)];
        }

        return result;
    }

    /// <summary>Zero-advance clusters join the cluster before them in reading order (the previous one in
    /// visual order for left-to-right text, the next one for right-to-left text), glyphs and text.</summary>
    private static void Merge(LinePiece piece, List<Cluster> clusters)
    {
        var toUnits = piece.Face.UnitsPerEm / piece.Size;
        var order = piece.IsRightToLeft ? Enumerable.Range(0, clusters.Count).Reverse() : Enumerable.Range(0, clusters.Count);
        Cluster? previous = null;
        foreach (var c in order.Select(i => clusters[i]).ToList())
        {
            var joins = previous is not null && !string.IsNullOrWhiteSpace(c.Text)
                && (piece.IsRightToLeft ? c.Text.All(IsTrailing) : c.Advance <= 0.001f);
            if (!joins)
            {
                previous = c;
                continue;
            }

            var shift = Units(c.Start - previous!.Start, toUnits);
            previous.Parts.AddRange(c.Parts.Select(p => p with { Dx = (short)(p.Dx + shift) }));
            previous.Text += c.Text;
            c.Parts.Clear();
        }
    }

    private static TextUnit[] Units(LinePiece piece, Cluster c)
    {
        var em = 1000 / piece.Size;
        var rtl = piece.IsRightToLeft;
        if (c.Text.Length <= 1 || !c.Text.AsSpan(1).ContainsAnyExcept(Letters(rtl)))
        {
            return [new TextUnit(c.Text, c.Start, Width(piece, c))];
        }

        // Runs of letters share the width in reading order (right to left in right-to-left text); each
        // mark is a zero-width unit after its run: at its end in left-to-right text, just left of it in
        // right-to-left text.
        var parts = new List<(string Text, bool Mark)>();
        foreach (var ch in c.Text)
        {
            var mark = rtl ? IsTrailing(ch) : IsMark(ch);
            if (!mark && parts.Count > 0 && !parts[^1].Mark) { parts[^1] = (parts[^1].Text + ch, false); }
            else { parts.Add((ch.ToString(), mark)); }
        }

        if (parts.Count <= 1 || !parts.Any(p => p.Mark) || parts[0].Mark)
        {
            return [new TextUnit(c.Text, c.Start, Width(piece, c))];
        }

        var share = c.Advance / parts.Count(p => !p.Mark);
        var units = new List<TextUnit>();
        var x = rtl ? c.Start + c.Advance : c.Start;
        foreach (var (text, mark) in parts)
        {
            if (rtl)
            {
                x -= mark ? 0 : share;
                units.Add(new TextUnit(text, mark ? x - (MarkOffset / em) : x, mark ? 0 : Round(share * em)));
                continue;
            }

            units.Add(new TextUnit(text, x, mark ? 0 : Round(share * em)));
            x += mark ? 0 : share;
        }

        return [.. units];
    }

    /// <summary>
    /// A lone glyph keeps its own advance as its width unless shaping changed it by more than 0.15 em
    /// (a ZWNJ drawn with no width, a Nastaliq glyph the pen moves past): kerning then goes into the TJ
    /// array, and the same glyph with the same text is one CID, not one per kerning pair.
    /// </summary>
    private static int Width(LinePiece piece, Cluster c)
    {
        var shaped = Round(c.Advance * 1000 / piece.Size);
        if (c.Parts is not [{ Dx: 0, Dy: 0 } only])
        {
            return shaped;
        }

        var nominal = Round(piece.Face.Advance(only.Glyph) * 1000f / piece.Face.UnitsPerEm);
        return Math.Abs(nominal - shaped) <= 150 ? nominal : shaped;
    }

    // Characters that never start a unit of their own: anything but a mark (or, right to left, a joiner).
    private static System.Buffers.SearchValues<char> Letters(bool rtl) => rtl ? NotTrailing : NotMarks;

    private static readonly System.Buffers.SearchValues<char> NotMarks = Build(IsMark);

    private static readonly System.Buffers.SearchValues<char> NotTrailing = Build(IsTrailing);

    /// <summary>The characters for which <paramref name="special"/> is false… as the set to skip over:
    /// ContainsAnyExcept(set) is true when some character is special.</summary>
    private static System.Buffers.SearchValues<char> Build(Func<char, bool> special) =>
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(ch => !special(ch)).ToArray());

    private static short Units(float points, float toUnits) => (short)Math.Round(points * toUnits);

    private static int Round(float thousandths) => (int)Math.Round(Math.Max(0, thousandths));

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTrailing(char c) => IsMark(c) || c is '\u200C' or '\u200D';
}

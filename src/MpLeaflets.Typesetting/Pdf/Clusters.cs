using System.Globalization;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>Characters a text-showing glyph gives readers, drawn at <paramref name="X"/> (relative to the
/// piece), <paramref name="Width"/> thousandths of an em wide.</summary>
internal readonly record struct TextUnit(string Text, float X, int Width);

/// <summary>What one glyph of a piece is in the PDF. A carrier has its cluster's text: the first unit on the
/// glyph itself (or, with <paramref name="Proxy"/>, on an empty glyph at the cluster's start), the others on
/// empty glyphs after it. Any other glyph carries no text: it is a path, or nothing if it has no outline.</summary>
internal readonly record struct GlyphRole(TextUnit[]? Units, bool Proxy)
{
    public bool CarriesText => Units is not null;

    /// <summary>The glyph itself is drawn as text (else as a path, if it has an outline).</summary>
    public bool DrawnAsText => Units is not null && !Proxy;
}

/// <summary>
/// Splits a piece's glyphs into HarfBuzz clusters (glyphs in visual order; cluster values rise left to
/// right, or fall for right-to-left runs) and gives each cluster's text to one glyph drawn at the
/// cluster's start on the baseline (the letter, not a dot above it; a Bengali vowel sign drawn before
/// its consonant), or to an empty glyph there, with the cluster's advance as its width: readers'
/// character boxes then tile each word, and a word comes back whole. Measured reader rules shape the
/// rest (docs/pdf.md):
/// - pdf.js takes any character string holding a nonspacing mark for a zero-width diacritic, so in
///   left-to-right text marks (a virama, a vowel sign below) are zero-width units of their own, and the
///   letters around them share the cluster's width in reading order;
/// - poppler reads a right-to-left "letter + mark" string mark first, so there marks (and a ZWNJ or
///   ZWJ) follow their letter as zero-width units just left of it (in a lam-alef with a mark on the
///   lam, the lam takes the cluster's right half, its mark, then the alef the left half);
/// - a cluster that takes no room (a conjunct's second consonant drawn under the first) joins the
///   text of the cluster before it, since a zero-width box reads as the edge of a word.
/// </summary>
internal static class Clusters
{
    /// <summary>How far left of its cluster (in 1/1000 em) a right-to-left mark's text is put.</summary>
    private const float MarkOffset = 10;

    private sealed record Cluster(int Carrier, bool Proxy, float Start, float Advance, int Value)
    {
        public string Text { get; set; } = "";
    }

    public static GlyphRole[] Roles(LinePiece piece)
    {
        var clusters = Find(piece);
        Merge(piece, clusters);
        var roles = new GlyphRole[piece.Glyphs.Length];
        foreach (var c in clusters.Where(c => c.Text.Length > 0))
        {
            roles[c.Carrier] = new GlyphRole(Units(piece, c), c.Proxy);
        }

        return roles;
    }

    private static List<Cluster> Find(LinePiece piece)
    {
        var n = piece.Glyphs.Length;
        var pens = new float[n + 1];
        for (var i = 0; i < n; i++)
        {
            pens[i + 1] = pens[i] + piece.Advances[i];
        }

        var result = new List<Cluster>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && piece.Clusters[end] == piece.Clusters[start])
            {
                end++;
            }

            // The carrier: a glyph drawn at the cluster's start on the baseline (of those, the widest).
            var carrier = -1;
            for (var i = start; i < end; i++)
            {
                var atStart = Math.Abs(piece.Xs[i] - pens[start]) < piece.Size * 0.005f && (piece.Ys?[i] ?? 0) == 0;
                if (atStart && (carrier < 0 || piece.Advances[i] > piece.Advances[carrier])) { carrier = i; }
            }

            var value = (int)piece.Clusters[start];
            result.Add(new Cluster(carrier < 0 ? start : carrier, carrier < 0, pens[start], pens[end] - pens[start], value)
            {
                Text = piece.Text[value..TextEnd(piece, value)],
            });
            start = end;
        }

        return result;
    }

    /// <summary>Zero-advance clusters join the cluster before them in reading order (the previous one in
    /// visual order for left-to-right text, the next one for right-to-left text).</summary>
    private static void Merge(LinePiece piece, List<Cluster> clusters)
    {
        var order = piece.IsRightToLeft ? Enumerable.Range(0, clusters.Count).Reverse().ToList() : Enumerable.Range(0, clusters.Count).ToList();
        Cluster? previous = null;
        foreach (var c in order.Select(i => clusters[i]))
        {
            var joins = previous is not null && !string.IsNullOrWhiteSpace(c.Text)
                && (piece.IsRightToLeft ? c.Text.All(IsTrailing) : c.Advance <= 0.001f);
            if (joins)
            {
                previous!.Text += c.Text;
                c.Text = "";
                continue;
            }

            previous = c;
        }
    }

    private static TextUnit[] Units(LinePiece piece, Cluster c)
    {
        var em = 1000 / piece.Size;
        var rtl = piece.IsRightToLeft;
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

        if (parts.Count == 1 || !parts.Any(p => p.Mark))
        {
            return [new TextUnit(c.Text, c.Start, Round(c.Advance * em))];
        }

        var runs = Math.Max(1, parts.Count(p => !p.Mark));
        var share = c.Advance / runs;
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

    private static int Round(float thousandths) => (int)Math.Round(Math.Max(0, thousandths));

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTrailing(char c) => IsMark(c) || c is '\u200C' or '\u200D';

    /// <summary>Where the cluster starting at <paramref name="from"/> ends: the next larger cluster value, or the text's end.</summary>
    private static int TextEnd(LinePiece piece, int from)
    {
        var end = piece.Text.Length;
        foreach (var c in piece.Clusters)
        {
            if (c > from && c < end) { end = (int)c; }
        }

        return end;
    }
}

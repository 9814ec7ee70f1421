using System.Text;
using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// A paragraph analysed once, independent of the line width: text with isolates, bidi levels,
/// runs split by level, span and font, each shaped by HarfBuzz, and the advance of every
/// character. Breaking it into lines of a given width is <see cref="LineBuilder"/>'s job.
/// </summary>
internal sealed class PreparedParagraph
{
    private PreparedParagraph(string text, TextSettings settings, IReadOnlyList<Span> spans, List<TextRun> runs,
        float[] prefixWidth, bool[] clusterStart, int[] utf8Prefix, FontFace primary)
    {
        Text = text;
        Settings = settings;
        Spans = spans;
        Runs = runs;
        PrefixWidth = prefixWidth;
        ClusterStart = clusterStart;
        Utf8Prefix = utf8Prefix;
        Primary = primary;
        BreakOpportunities = LineBreaks.Opportunities(text, settings.Language);
    }

    public string Text { get; }

    public TextSettings Settings { get; }

    public IReadOnlyList<Span> Spans { get; }

    public List<TextRun> Runs { get; }

    /// <summary>PrefixWidth[i] is the advance of text[0..i) in points.</summary>
    public float[] PrefixWidth { get; }

    /// <summary>True where a glyph cluster begins: the only places an emergency break may cut.</summary>
    public bool[] ClusterStart { get; }

    public int[] Utf8Prefix { get; }

    public FontFace Primary { get; }

    public List<int> BreakOpportunities { get; }

    public static PreparedParagraph Prepare(IReadOnlyList<Span> spans, TextSettings settings, FontCatalog catalog)
    {
        var (text, spanOf) = Concatenate(spans, settings.IsRightToLeft);
        var levels = Bidi.Levels(text, settings.IsRightToLeft ? (byte)1 : (byte)0);
        var runs = Itemize(text, spanOf, levels, spans, settings, catalog);

        var advance = new float[text.Length];
        var clusterStart = new bool[text.Length + 1];
        clusterStart[text.Length] = true;
        foreach (var run in runs)
        {
            var scale = run.Size / run.Face.UnitsPerEm;
            var shaped = run.Shaped;
            for (var g = 0; g < shaped.Count; g++)
            {
                var at = run.Start + shaped.Clusters[g];
                advance[at] += shaped.Advances[g] * scale;
                clusterStart[at] = true;
            }

            clusterStart[run.Start] = true;
            clusterStart[run.End] = true;
        }

        var prefix = new float[text.Length + 1];
        var utf8 = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            prefix[i + 1] = prefix[i] + advance[i];
            // A surrogate pair is 4 UTF-8 bytes: count them on the high surrogate.
            utf8[i + 1] = utf8[i] + (char.IsHighSurrogate(text[i]) ? 4 : char.IsLowSurrogate(text[i]) ? 0
                : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3);
            if (Bidi.IsControl(text[i]))
            {
                clusterStart[i] = true;
                clusterStart[i + 1] = true;
            }
        }

        var primary = catalog.Get(settings.Fonts.Families[0], FontVariant.Regular);
        return new PreparedParagraph(text, settings, spans, runs, prefix, clusterStart, utf8, primary);
    }

    private static (string Text, int[] SpanOf) Concatenate(IReadOnlyList<Span> spans, bool rightToLeft)
    {
        var sb = new StringBuilder();
        var spanOf = new List<int>();
        for (var s = 0; s < spans.Count; s++)
        {
            var piece = spans[s].Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');
            if (rightToLeft)
            {
                piece = Isolation.IsolateLeftToRightRuns(piece);
            }

            sb.Append(piece);
            for (var i = 0; i < piece.Length; i++)
            {
                spanOf.Add(s);
            }
        }

        return (sb.ToString(), spanOf.ToArray());
    }

    private static List<TextRun> Itemize(string text, int[] spanOf, byte[] levels, IReadOnlyList<Span> spans,
        TextSettings settings, FontCatalog catalog)
    {
        // Per span: its own fallback, and the one for left-to-right runs inside right-to-left text.
        var fallbacks = new FontFallback[spans.Count, 2];
        var runs = new List<TextRun>();
        int start = -1, span = -1;
        byte level = 0;
        FontFace? face = null;
        var faceInset = 0;

        void Close(int end)
        {
            if (start >= 0 && end > start && face is not null)
            {
                runs.Add(TextRun.Shape(text, start, end, level, face, spans[span], settings));
            }

            start = -1;
        }

        for (var i = 0; i < text.Length;)
        {
            if (Bidi.IsControl(text[i]))
            {
                Close(i);
                i++;
                continue;
            }

            var cp = char.ConvertToUtf32(text, i);
            var s = spanOf[i];
            // Latin letters, European digits and the spaces between them on a left-to-right level of
            // right-to-left text; Arabic-Indic digits are on such a level too and keep the chain.
            var inset = settings.IsRightToLeft && levels[i] % 2 == 0 && cp < 0x0250 ? 1 : 0;
            var fallback = fallbacks[s, inset] ??= FontFallback.For(catalog, spans[s].Fonts ?? settings.Fonts, Variant(spans[s].Style), sharedFirst: inset == 1);
            var chosen = fallback.Choose(cp, s == span && inset == faceInset ? face : null)
                ?? throw new MissingGlyphException(spans[s].Language ?? settings.Language, spans[s].Text, cp,
                    fallback.Faces.Select(f => f.Name).ToArray());
            if (start < 0 || chosen != face || levels[i] != level || s != span)
            {
                Close(i);
                start = i;
                face = chosen;
                faceInset = inset;
                level = levels[i];
                span = s;
            }

            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        Close(text.Length);
        return runs;
    }

    private static FontVariant Variant(SpanStyle style) =>
        style.HasFlag(SpanStyle.Bold) ? FontVariant.Bold : style.HasFlag(SpanStyle.Italic) ? FontVariant.Italic : FontVariant.Regular;
}

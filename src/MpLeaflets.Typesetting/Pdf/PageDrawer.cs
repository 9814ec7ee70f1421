using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using SkiaSharp;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>Replays one page's draw operations on a Skia PDF canvas.</summary>
internal static class PageDrawer
{
    public static void Draw(SKCanvas canvas, PageContent page, Dictionary<FontFace, SKTypeface> typefaces, SKPaint stroke, SKPaint fill)
    {
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case GlyphOp g when g.Piece.Glyphs.Length > 0:
                    DrawGlyphs(canvas, g, typefaces[g.Piece.Face], fill);
                    break;
                case LineOp l:
                    stroke.StrokeWidth = l.Width;
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, stroke);
                    break;
                case RectOp r:
                    stroke.StrokeWidth = r.Stroke;
                    canvas.DrawRect(r.X, r.Y, r.Width, r.Height, stroke);
                    break;
                case LinkOp link:
                    canvas.DrawUrlAnnotation(SKRect.Create(link.X, link.Y, link.Width, link.Height), link.Uri);
                    break;
            }
        }
    }

    private static void DrawGlyphs(SKCanvas canvas, GlyphOp op, SKTypeface typeface, SKPaint fill)
    {
        var piece = op.Piece;
        using var font = new SKFont(typeface, piece.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        using var builder = new SKTextBlobBuilder();
        var n = piece.Glyphs.Length;
        if (piece.Ys is null)
        {
            // x positions only: smaller page content than full x/y positioning.
            var run = builder.AllocateRawHorizontalTextRun(font, n, op.Baseline, piece.Utf8.Length);
            piece.Glyphs.CopyTo(run.Glyphs);
            var xs = run.Positions;
            for (var i = 0; i < n; i++)
            {
                xs[i] = op.X + piece.Xs[i];
            }

            piece.Utf8.CopyTo(run.Text);
            piece.Clusters.CopyTo(run.Clusters);
        }
        else
        {
            DrawPositioned(builder, font, op);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, fill);
        }
    }

    /// <summary>
    /// Glyphs moved off the baseline that no character maps to (the dots of Arabic letters, which
    /// Noto draws as separate marks) go in a run without text after the letter's own glyph: the
    /// letter's text then sits in one box on the baseline, and extractors neither split the word
    /// nor lift the letter onto a line of its own. Marks that are characters keep their text.
    /// </summary>
    private static void DrawPositioned(SKTextBlobBuilder builder, SKFont font, GlyphOp op)
    {
        var piece = op.Piece;
        var characterGlyphs = piece.Face.CharacterGlyphs;
        var text = new List<int>(piece.Glyphs.Length);
        var dots = new List<int>();
        for (var i = 0; i < piece.Glyphs.Length; i++)
        {
            var follows = i > 0 && piece.Clusters[i] == piece.Clusters[i - 1];
            (follows && piece.Ys![i] != 0 && !characterGlyphs.Contains(piece.Glyphs[i]) ? dots : text).Add(i);
        }

        var run = builder.AllocateRawPositionedTextRun(font, text.Count, piece.Utf8.Length);
        for (var k = 0; k < text.Count; k++)
        {
            var i = text[k];
            run.Glyphs[k] = piece.Glyphs[i];
            run.Positions[k] = new SKPoint(op.X + piece.Xs[i], op.Baseline + piece.Ys![i]);
            run.Clusters[k] = piece.Clusters[i];
        }

        piece.Utf8.CopyTo(run.Text);
        if (dots.Count == 0)
        {
            return;
        }

        var marks = builder.AllocateRawPositionedRun(font, dots.Count);
        for (var k = 0; k < dots.Count; k++)
        {
            var i = dots[k];
            marks.Glyphs[k] = piece.Glyphs[i];
            marks.Positions[k] = new SKPoint(op.X + piece.Xs[i], op.Baseline + piece.Ys![i]);
        }
    }
}

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
            var run = builder.AllocateRawPositionedTextRun(font, n, piece.Utf8.Length);
            piece.Glyphs.CopyTo(run.Glyphs);
            var points = run.Positions;
            for (var i = 0; i < n; i++)
            {
                points[i] = new SKPoint(op.X + piece.Xs[i], op.Baseline + piece.Ys[i]);
            }

            piece.Utf8.CopyTo(run.Text);
            piece.Clusters.CopyTo(run.Clusters);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, fill);
        }
    }
}

using System.Runtime.CompilerServices;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using SkiaSharp;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes laid-out pages with Skia's PDF backend: fonts subset first (Skia would embed whole
/// files), glyph runs with their UTF-8 text and cluster map so text extracts in logical order,
/// then <see cref="PdfFinisher"/> makes the bytes deterministic and records the language.
/// </summary>
internal static class PdfWriter
{
    // One SKTypeface per subset (the subsetter caches the bytes): rebuilding a document reuses it.
    private static readonly ConditionalWeakTable<byte[], SKTypeface> Typefaces = new();

    public static byte[] Write(IReadOnlyList<PageContent> pages, DocumentSettings settings)
    {
        var typefaces = SubsetFonts(pages);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, Metadata(settings.Metadata)))
        using (var stroke = new SKPaint { Color = SKColors.Black, IsStroke = true, IsAntialias = true })
        using (var fill = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(settings.PageSize.Width, settings.PageSize.Height);
                PageDrawer.Draw(canvas, page, typefaces, stroke, fill);
                document.EndPage();
            }

            document.Close();
        }

        return PdfFinisher.Finish(stream.ToArray(), settings.Language ?? settings.Body.Language);
    }

    private static Dictionary<FontFace, SKTypeface> SubsetFonts(IReadOnlyList<PageContent> pages)
    {
        var glyphs = new Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)>();
        foreach (var op in pages.SelectMany(p => p.Ops).OfType<GlyphOp>())
        {
            var piece = op.Piece;
            if (!glyphs.TryGetValue(piece.Face, out var used))
            {
                used = ([], []);
                glyphs[piece.Face] = used;
            }

            used.Glyphs.UnionWith(piece.Glyphs);
            var text = System.Text.Encoding.UTF8.GetString(piece.Utf8);
            foreach (var rune in text.EnumerateRunes())
            {
                used.CodePoints.Add(rune.Value);
            }
        }

        var result = new Dictionary<FontFace, SKTypeface>();
        foreach (var (face, used) in glyphs)
        {
            var bytes = Subsetter.Subset(face, used.Glyphs, used.CodePoints);
            result[face] = Typefaces.GetValue(bytes, static b =>
            {
                using var data = SKData.CreateCopy(b);
                return SKTypeface.FromData(data)
                    ?? throw new InvalidOperationException("Skia could not load a subset font.");
            });
        }

        return result;
    }

    private static SKDocumentPdfMetadata Metadata(DocumentMetadata m)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = m.Title,
            Author = m.Author,
            Subject = m.Subject,
            Keywords = m.Keywords,
            Creator = m.Creator,
            Producer = "MP Leaflets typesetting (Skia, HarfBuzz, ICU)",
            RasterDpi = 300,
        };
        if (m.Date is { } date)
        {
            metadata.Creation = date;
            metadata.Modified = date;
        }

        return metadata;
    }
}

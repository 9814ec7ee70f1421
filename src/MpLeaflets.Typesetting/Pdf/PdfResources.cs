using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The fonts and glyph forms one PDF's content uses, in one resource dictionary (ISO 32000-1
/// §7.8.3) shared by all its pages and page forms. Names are given in order of first use, so the
/// same document gets the same names.
/// </summary>
internal sealed class PdfResources(PdfObjectWriter pdf)
{
    private readonly Dictionary<FontFace, (CidFont Font, int Object)> _fonts = new();
    private readonly Dictionary<(FontFace, ushort), (string Name, int Object, byte[] Path, HarfBuzzSharp.GlyphExtents Box, double Scale)?> _forms = new();

    public int Object { get; } = pdf.Reserve();

    public CidFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = (new CidFont(face, "F" + (_fonts.Count + 1)), pdf.Reserve());
            _fonts[face] = font;
        }

        return font.Font;
    }

    /// <summary>The name of a form XObject that fills <paramref name="glyph"/>'s outline at 1 pt (its /Matrix
    /// scales font units to the em); null if it has none.</summary>
    public string? GlyphForm(FontFace face, ushort glyph)
    {
        if (!_forms.TryGetValue((face, glyph), out var form))
        {
            var path = GlyphOutlines.Of(face, glyph);
            face.HbFont.TryGetGlyphExtents(glyph, out var box);
            form = path is null ? null : ("G" + (_forms.Count + 1), pdf.Reserve(), path, box, 1.0 / face.UnitsPerEm);
            _forms[(face, glyph)] = form;
        }

        return form?.Name;
    }

    public void Write()
    {
        foreach (var (font, number) in _fonts.Values)
        {
            font.Write(pdf, number);
        }

        foreach (var form in _forms.Values)
        {
            if (form is not { } f)
            {
                continue;
            }

            // §8.10.2: /BBox in the form's space (font units, y up); extents give the top and a negative height.
            // A margin of 16 units keeps anti-aliased edges from being clipped.
            pdf.WriteStream(f.Object, f.Path, b => b.Raw("/Type/XObject/Subtype/Form/BBox[").Int(f.Box.XBearing - 16).Raw(' ')
                .Int(f.Box.YBearing + f.Box.Height - 16).Raw(' ').Int(f.Box.XBearing + f.Box.Width + 16).Raw(' ').Int(f.Box.YBearing + 16)
                .Raw("]/Matrix[").Num(f.Scale, 10).Raw(" 0 0 ").Num(f.Scale, 10).Raw(" 0 0]"));
        }

        pdf.Write(Object, b =>
        {
            b.Raw("<</ProcSet[/PDF/Text]");
            if (_fonts.Count > 0)
            {
                b.Raw("/Font<<");
                foreach (var (font, number) in _fonts.Values) { b.Name(font.ResourceName).Raw(' ').Ref(number); }
                b.Raw(">>");
            }

            if (_forms.Values.Any(f => f is not null))
            {
                b.Raw("/XObject<<");
                foreach (var f in _forms.Values.OfType<(string Name, int Object, byte[] Path, HarfBuzzSharp.GlyphExtents Box, double Scale)>())
                {
                    b.Name(f.Name).Raw(' ').Ref(f.Object);
                }

                b.Raw(">>");
            }

            b.Raw(">>");
        });
    }
}

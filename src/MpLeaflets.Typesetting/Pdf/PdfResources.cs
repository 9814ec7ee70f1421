using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The fonts one PDF's content uses, in one resource dictionary (ISO 32000-1
/// §7.8.3) shared by all its pages and page forms. Names are given in order of first use, so the
/// same document gets the same names.
/// </summary>
internal sealed class PdfResources(PdfObjectWriter pdf)
{
    private readonly Dictionary<FontFace, (CidFont Font, int Object)> _fonts = new();

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

    public void Write()
    {
        foreach (var (font, number) in _fonts.Values)
        {
            font.Write(pdf, number);
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

            b.Raw(">>");
        });
    }
}

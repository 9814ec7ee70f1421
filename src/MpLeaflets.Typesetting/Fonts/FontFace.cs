using HarfBuzzSharp;
using HbFont = HarfBuzzSharp.Font;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// One font file, loaded once per process: the HarfBuzz face used for shaping, glyph look-up and
/// subsetting. Shaping happens at a scale of one font unit, so results can be cached and reused
/// at any point size.
/// </summary>
internal sealed class FontFace
{
    private readonly Blob _blob;

    public FontFace(string name, string path)
    {
        Name = name;
        Path = path;
        _blob = Blob.FromFile(path);
        Face = new Face(_blob, 0);
        UnitsPerEm = Face.UnitsPerEm;
        HbFont = new HbFont(Face);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        HbFont.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender / (float)UnitsPerEm;
        Descender = -extents.Descender / (float)UnitsPerEm;
        FileSize = new FileInfo(path).Length;
    }

    /// <summary>Name used in messages and as the PDF font's identity, e.g. "NotoNaskhArabic-Bold".</summary>
    public string Name { get; }

    public string Path { get; }

    public long FileSize { get; }

    public Face Face { get; }

    public HbFont HbFont { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, in ems.</summary>
    public float Ascender { get; }

    /// <summary>Descent below the baseline as a positive number, in ems.</summary>
    public float Descender { get; }

    private int[]? _advances;

    /// <summary>A glyph's own advance in font units (hmtx), cached.</summary>
    public int Advance(ushort glyph)
    {
        var advances = _advances ??= Enumerable.Repeat(-1, Math.Max(1, Face.GlyphCount)).ToArray();
        if (glyph >= advances.Length)
        {
            return HbFont.GetHorizontalGlyphAdvance(glyph);
        }

        var a = advances[glyph];
        return a >= 0 ? a : advances[glyph] = HbFont.GetHorizontalGlyphAdvance(glyph);
    }

    private ushort? _space;
    private bool _spaceKnown;

    /// <summary>The glyph of U+0020, which draws nothing: it carries text that has no glyph of its own.</summary>
    public ushort? SpaceGlyph
    {
        get
        {
            if (!_spaceKnown)
            {
                _space = HbFont.TryGetGlyph(0x20, out var glyph) && glyph != 0 ? (ushort)glyph : null;
                _spaceKnown = true;
            }

            return _space;
        }
    }

    public bool HasGlyph(int codePoint) => HbFont.TryGetGlyph((uint)codePoint, out var glyph) && glyph != 0;

    public override string ToString() => Name;
}

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
        _characterGlyphs = new Lazy<HashSet<ushort>>(CollectCharacterGlyphs);
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

    /// <summary>Glyphs some character maps to in the cmap (the rest are contextual forms and marks
    /// made by shaping, which PDF readers cannot map back to text on their own).</summary>
    public IReadOnlySet<ushort> CharacterGlyphs => _characterGlyphs.Value;

    private readonly Lazy<HashSet<ushort>> _characterGlyphs;

    public bool HasGlyph(int codePoint) => HbFont.TryGetGlyph((uint)codePoint, out var glyph) && glyph != 0;

    public override string ToString() => Name;

    private HashSet<ushort> CollectCharacterGlyphs()
    {
        var result = new HashSet<ushort>();
        var set = HbSubsetNative.hb_set_create();
        try
        {
            HbSubsetNative.hb_face_collect_unicodes(Face.Handle, set);
            uint codePoint = uint.MaxValue; // HB_SET_VALUE_INVALID starts the iteration
            while (HbSubsetNative.hb_set_next(set, ref codePoint))
            {
                if (HbFont.TryGetGlyph(codePoint, out var glyph))
                {
                    result.Add((ushort)glyph);
                }
            }
        }
        finally
        {
            HbSubsetNative.hb_set_destroy(set);
        }

        return result;
    }
}

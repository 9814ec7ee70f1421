using System.Security.Cryptography;
using System.Text;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// One font of one PDF: a Type0 font with Identity-H encoding over a CIDFontType2 (ISO 32000-1
/// §9.7.4, §9.7.6.3) holding the hb_subset glyphs. A CID is given per (glyphs, text, width): the same
/// glyph drawn with other text (the space glyph HarfBuzz draws for a ZWNJ, a letter form shared by two
/// letters) gets its own CID, so ToUnicode (§9.10.3) can say each one's text exactly, and /W (§9.7.4.3)
/// can give each the width it is drawn with, so readers' character boxes cover the glyphs. A cluster
/// of several glyphs (a letter and its dots, a conjunct) is one composite glyph made for it.
/// CIDToGIDMap (a stream, §9.7.4.2 Table 117) maps CIDs to the glyph ids of the font program.
/// </summary>
internal sealed class CidFont(FontFace face, string resourceName)
{
    private readonly Dictionary<CidKey, ushort> _cids = new();
    private readonly List<(GlyphPart[] Parts, string Text, int Width)> _byCid = [([], "", 0)];

    public FontFace Face { get; } = face;

    public string ResourceName { get; } = resourceName;

    /// <summary>The CID for a cluster's glyphs drawn as <paramref name="text"/>, <paramref name="width"/> thousandths of an em wide.</summary>
    public ushort Cid(GlyphPart[] parts, string text, int width)
    {
        var k = new CidKey(parts, text, width);
        if (!_cids.TryGetValue(k, out var cid))
        {
            if (_byCid.Count > ushort.MaxValue)
            {
                throw new InvalidOperationException($"More than 65,535 distinct glyphs of {Face.Name} in one PDF.");
            }

            cid = (ushort)_byCid.Count;
            _cids[k] = cid;
            _byCid.Add((parts, text, width));
        }

        return cid;
    }

    public int Width(ushort cid) => _byCid[cid].Width;

    public void Write(PdfObjectWriter pdf, int type0)
    {
        var subset = Subsetter.Subset(Face, _byCid.Skip(1).SelectMany(k => k.Parts).Select(p => p.Glyph).Distinct().ToArray());
        var tag = SubsetTag(subset.Bytes);
        var baseFont = tag + "+" + Face.Name.Replace(' ', '-');
        var (cidFont, descriptor, cidToGid, toUnicode, fontFile) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve());

        pdf.Write(type0, b => b.Raw("<</Type/Font/Subtype/Type0/BaseFont").Name(baseFont)
            .Raw("/Encoding/Identity-H/DescendantFonts[").Ref(cidFont).Raw("]/ToUnicode ").Ref(toUnicode).Raw(">>"));
        pdf.Write(cidFont, b =>
        {
            b.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseFont)
                .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Ref(descriptor)
                .Raw("/DW 0/CIDToGIDMap ").Ref(cidToGid).Raw("/W[");
            WriteWidths(b);
            b.Raw("]>>");
        });

        var metrics = FontMetrics.Of(Face);
        pdf.Write(descriptor, b => b.Raw("<</Type/FontDescriptor/FontName").Name(baseFont)
            .Raw("/Flags 4/FontBBox[").Num(metrics.Box[0]).Raw(' ').Num(metrics.Box[1]).Raw(' ').Num(metrics.Box[2]).Raw(' ').Num(metrics.Box[3])
            .Raw("]/ItalicAngle ").Num(metrics.ItalicAngle).Raw("/Ascent ").Num(Face.Ascender * 1000).Raw("/Descent ").Num(-Face.Descender * 1000)
            .Raw("/CapHeight ").Num(metrics.CapHeight).Raw("/StemV ").Num(metrics.StemV).Raw("/FontFile2 ").Ref(fontFile).Raw(">>"));

        // Each CID gets a glyph of its own: a subset glyph the first time it is drawn alone, else a
        // composite of the cluster's glyphs; its advance is the CID's width, so the font program and
        // /W agree for every character.
        var glyphCount = TrueTypeClones.GlyphCount(subset.Bytes);
        var added = new List<(ushort Glyph, short Dx, short Dy)[]>();
        var advances = Enumerable.Repeat(-1, glyphCount).ToList();
        var taken = new HashSet<ushort>();
        var map = new byte[_byCid.Count * 2];
        for (var cid = 1; cid < _byCid.Count; cid++)
        {
            var (parts, _, width) = _byCid[cid];
            var advance = (int)Math.Round(width * Face.UnitsPerEm / 1000.0);
            var components = parts.Select(p => (subset.NewIds[p.Glyph], p.Dx, p.Dy)).ToArray();
            ushort gid;
            if (components is [(var single, 0, 0)] && taken.Add(single))
            {
                gid = single;
                advances[gid] = advance;
            }
            else
            {
                added.Add(components);
                advances.Add(advance);
                gid = (ushort)(glyphCount + added.Count - 1);
            }

            map[cid * 2] = (byte)(gid >> 8);
            map[(cid * 2) + 1] = (byte)gid;
        }

        var program = TrueTypeClones.Build(subset.Bytes, added, advances);
        pdf.WriteStream(cidToGid, map);
        pdf.WriteStream(toUnicode, ToUnicode());
        pdf.WriteStream(fontFile, program, b => b.Raw("/Length1 ").Int(program.Length));
    }

    /// <summary>§9.7.4.3: runs of consecutive CIDs as c [w1 w2 …]; CIDs of width 0 are left to /DW 0.</summary>
    private void WriteWidths(PdfBuffer b)
    {
        for (var cid = 1; cid < _byCid.Count;)
        {
            if (_byCid[cid].Width == 0)
            {
                cid++;
                continue;
            }

            b.Int(cid).Raw('[');
            for (var first = true; cid < _byCid.Count && _byCid[cid].Width != 0; cid++, first = false)
            {
                if (!first) { b.Raw(' '); }
                b.Int(_byCid[cid].Width);
            }

            b.Raw(']');
        }
    }

    /// <summary>
    /// §9.10.3: a CMap from each 2-byte CID to its text in UTF-16BE, up to 100 bfchar entries a block.
    /// The text is the cluster's own characters (base letters, unified ideographs), never a font's
    /// presentation form; no CID maps to nothing, U+0000 or a private-use character.
    /// </summary>
    private byte[] ToUnicode()
    {
        var b = new PdfBuffer();
        b.Raw("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Raw("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        for (var start = 1; start < _byCid.Count; start += 100)
        {
            var count = Math.Min(100, _byCid.Count - start);
            b.Int(count).Raw(" beginbfchar\n");
            for (var cid = start; cid < start + count; cid++)
            {
                b.Hex([(byte)(cid >> 8), (byte)cid]).Raw(' ').Hex(Encoding.BigEndianUnicode.GetBytes(_byCid[cid].Text)).Raw('\n');
            }

            b.Raw("endbfchar\n");
        }

        b.Raw("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return b.ToArray();
    }

    /// <summary>§9.6.4: six capital letters; from a hash of the subset, so the same glyphs get the same tag.</summary>
    private static string SubsetTag(byte[] bytes)
    {
        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, static (span, h) =>
        {
            for (var i = 0; i < span.Length; i++) { span[i] = (char)('A' + (h[i] % 26)); }
        });
    }
}

/// <summary>What makes a CID: the glyphs with their offsets, the text and the width (value equality).</summary>
internal readonly struct CidKey(GlyphPart[] parts, string text, int width) : IEquatable<CidKey>
{
    private readonly GlyphPart[] _parts = parts;
    private readonly string _text = text;
    private readonly int _width = width;

    public bool Equals(CidKey other) =>
        _width == other._width && _text == other._text && _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => obj is CidKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_text);
        hash.Add(_width);
        foreach (var p in _parts) { hash.Add(p); }
        return hash.ToHashCode();
    }
}

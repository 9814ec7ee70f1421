using System.Buffers.Binary;
using System.Collections.Concurrent;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>What a font descriptor (ISO 32000-1 §9.8) needs from the font's head, post and OS/2 tables, in 1/1000 em.</summary>
internal sealed record FontMetrics(float[] Box, float ItalicAngle, float CapHeight, float StemV)
{
    private static readonly ConcurrentDictionary<FontFace, FontMetrics> Cache = new();

    public static FontMetrics Of(FontFace face) => Cache.GetOrAdd(face, Read);

    private static FontMetrics Read(FontFace face)
    {
        var scale = 1000f / face.UnitsPerEm;
        var head = Table(face, "head");
        var post = Table(face, "post");
        var os2 = Table(face, "OS/2");
        float[] box = head.Length >= 44
            ? [I16(head, 36) * scale, I16(head, 38) * scale, I16(head, 40) * scale, I16(head, 42) * scale]
            : [0, -face.Descender * 1000, 1000, face.Ascender * 1000];
        var italic = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post.AsSpan(4)) / 65536f : 0;
        var capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? I16(os2, 88) * scale : face.Ascender * 1000;
        var weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) : 400;
        return new FontMetrics(box, italic, capHeight, 10 + (0.244f * (weight - 50)));
    }

    private static short I16(byte[] table, int at) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(at));

    private static byte[] Table(FontFace face, string tag)
    {
        using var blob = face.Face.ReferenceTable(HarfBuzzSharp.Tag.Parse(tag));
        return blob.AsSpan().ToArray();
    }
}

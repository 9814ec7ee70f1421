using System.Buffers.Binary;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Gives a subset TrueType font one glyph per PDF character: after the font's own glyphs come
/// composites (OpenType glyf, "Composite glyph description"), each the glyphs of one cluster at
/// their offsets (a letter and its dots, a conjunct's parts, or one glyph again to show other text),
/// and every glyph's advance in hmtx is set to <c>advances[i]</c> (font units; -1 keeps its own).
/// Readers that take a character's width from the font program (MuPDF builds its table per glyph)
/// then agree with the PDF's /W, also where one glyph shows different text at different widths.
/// Rewrites glyf, loca (long offsets), hmtx, hhea, maxp, post (format 3) and head.
/// </summary>
internal static class TrueTypeClones
{
    private const ushort Words = 0x0001, XyValues = 0x0002, MoreComponents = 0x0020;

    public static byte[] Build(byte[] font, IReadOnlyList<(ushort Glyph, short Dx, short Dy)[]> composites, IReadOnlyList<int> advances)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var maxp = tables["maxp"].ToArray();
        var hhea = tables["hhea"].ToArray();
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var loca = tables["loca"];
        var glyf = tables["glyf"];
        var hmtx = tables["hmtx"];
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));

        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Span[(g * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca.Span[(g * 2)..]) * 2;
        ReadOnlySpan<byte> Data(int g) => glyf.Span[Offset(g)..Offset(g + 1)];
        ushort Advance(int g) => BinaryPrimitives.ReadUInt16BigEndian(hmtx.Span[(Math.Min(g, metrics - 1) * 4)..]);
        short Lsb(int g) => g < metrics ? BinaryPrimitives.ReadInt16BigEndian(hmtx.Span[((g * 4) + 2)..])
            : BinaryPrimitives.ReadInt16BigEndian(hmtx.Span[((metrics * 4) + ((g - metrics) * 2))..]);

        var count = numGlyphs + composites.Count;
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(count + 1) * 4];
        var newHmtx = new byte[count * 4];
        var maxAdvance = 0;
        int maxElements = 0, maxPoints = 0, maxContours = 0;
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)newGlyf.Length);
            short lsb;
            if (i < numGlyphs)
            {
                newGlyf.Write(Data(i));
                lsb = Lsb(i);
            }
            else
            {
                var parts = composites[i - numGlyphs].Where(p => Data(p.Glyph).Length >= 10).ToArray();
                lsb = parts.Length == 0 ? (short)0 : WriteComposite(newGlyf, parts, Data);
                maxElements = Math.Max(maxElements, parts.Length);
                maxPoints = Math.Max(maxPoints, parts.Sum(p => Points(Data(p.Glyph), maxp)));
                maxContours = Math.Max(maxContours, parts.Sum(p => Contours(Data(p.Glyph), maxp)));
            }

            while (newGlyf.Length % 4 != 0) { newGlyf.WriteByte(0); }
            var advance = i < advances.Count && advances[i] >= 0 ? Math.Min(advances[i], ushort.MaxValue) : Advance(Math.Min(i, numGlyphs - 1));
            maxAdvance = Math.Max(maxAdvance, advance);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(i * 4), (ushort)advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((i * 4) + 2), lsb);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(count * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(10), (ushort)maxAdvance);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);
        if (maxp.Length >= 32 && composites.Count > 0)
        {
            // A composite is one level above its parts, with their points and contours together.
            Max(maxp, 10, (ushort)Math.Min(maxPoints, ushort.MaxValue));
            Max(maxp, 12, (ushort)Math.Min(maxContours, ushort.MaxValue));
            Max(maxp, 28, (ushort)maxElements);
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(30), (ushort)(BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(30)) + 1));
        }

        tables["head"] = head;
        tables["maxp"] = maxp;
        tables["hhea"] = hhea;
        tables["glyf"] = newGlyf.ToArray();
        tables["loca"] = newLoca;
        tables["hmtx"] = newHmtx;
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            var format3 = post[..32].ToArray(); // format 3: no glyph names, nothing per glyph
            BinaryPrimitives.WriteUInt32BigEndian(format3, 0x00030000);
            tables["post"] = format3;
        }

        return WriteFont(BinaryPrimitives.ReadUInt32BigEndian(font), tables);
    }

    private delegate ReadOnlySpan<byte> GlyphData(int glyph);

    /// <summary>Writes a composite of <paramref name="parts"/> (word offsets, no hinting); returns its xMin for hmtx.</summary>
    private static short WriteComposite(Stream glyf, (ushort Glyph, short Dx, short Dy)[] parts, GlyphData data)
    {
        int xMin = short.MaxValue, yMin = short.MaxValue, xMax = short.MinValue, yMax = short.MinValue;
        foreach (var (glyph, dx, dy) in parts)
        {
            var d = data(glyph);
            xMin = Math.Min(xMin, BinaryPrimitives.ReadInt16BigEndian(d[2..]) + dx);
            yMin = Math.Min(yMin, BinaryPrimitives.ReadInt16BigEndian(d[4..]) + dy);
            xMax = Math.Max(xMax, BinaryPrimitives.ReadInt16BigEndian(d[6..]) + dx);
            yMax = Math.Max(yMax, BinaryPrimitives.ReadInt16BigEndian(d[8..]) + dy);
        }

        Span<byte> bytes = stackalloc byte[10 + (parts.Length * 8)];
        BinaryPrimitives.WriteInt16BigEndian(bytes, -1);
        BinaryPrimitives.WriteInt16BigEndian(bytes[2..], Clamp(xMin));
        BinaryPrimitives.WriteInt16BigEndian(bytes[4..], Clamp(yMin));
        BinaryPrimitives.WriteInt16BigEndian(bytes[6..], Clamp(xMax));
        BinaryPrimitives.WriteInt16BigEndian(bytes[8..], Clamp(yMax));
        for (var k = 0; k < parts.Length; k++)
        {
            var at = bytes[(10 + (k * 8))..];
            BinaryPrimitives.WriteUInt16BigEndian(at, (ushort)(Words | XyValues | (k + 1 < parts.Length ? MoreComponents : 0)));
            BinaryPrimitives.WriteUInt16BigEndian(at[2..], parts[k].Glyph);
            BinaryPrimitives.WriteInt16BigEndian(at[4..], parts[k].Dx);
            BinaryPrimitives.WriteInt16BigEndian(at[6..], parts[k].Dy);
        }

        glyf.Write(bytes);
        return Clamp(xMin);
    }

    private static short Clamp(int value) => (short)Math.Clamp(value, short.MinValue, short.MaxValue);

    private static int Contours(ReadOnlySpan<byte> glyph, byte[] maxp)
    {
        var n = BinaryPrimitives.ReadInt16BigEndian(glyph);
        return n >= 0 ? n : BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(12));
    }

    private static int Points(ReadOnlySpan<byte> glyph, byte[] maxp)
    {
        var n = BinaryPrimitives.ReadInt16BigEndian(glyph);
        return n > 0 ? BinaryPrimitives.ReadUInt16BigEndian(glyph[(10 + ((n - 1) * 2))..]) + 1
            : n == 0 ? 0 : BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(10));
    }

    /// <summary>numGlyphs of the font's maxp table.</summary>
    public static int GlyphCount(byte[] font) => BinaryPrimitives.ReadUInt16BigEndian(ReadTables(font)["maxp"].Span[4..]);

    private static void Max(byte[] table, int at, ushort value) =>
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(at), Math.Max(BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at)), value));

    private static SortedDictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        var tables = new SortedDictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var n = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < n; i++)
        {
            var record = font.AsSpan(12 + (i * 16));
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }

        return tables;
    }

    /// <summary>The OpenType table directory, tables 4-byte aligned with their checksums, and head's checkSumAdjustment.</summary>
    private static byte[] WriteFont(uint version, SortedDictionary<string, ReadOnlyMemory<byte>> tables)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        var size = 12 + (16 * n) + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var result = new byte[size];
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((n * 16) - searchRange));
        var at = 12 + (16 * n);
        var headAt = 0;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span[(12 + (i++ * 16))..];
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            if (tag == "head")
            {
                headAt = at;
            }

            data.Span.CopyTo(span[at..]);
            if (tag == "head") { BinaryPrimitives.WriteUInt32BigEndian(span[(at + 8)..], 0); }
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(at, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            at += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], 0xB1B0AFBA - Checksum(span));
        return result;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4) { sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]); }
        return sum;
    }
}

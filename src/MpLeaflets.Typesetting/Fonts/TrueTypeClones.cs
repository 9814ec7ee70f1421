using System.Buffers.Binary;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Gives a subset TrueType font one glyph per PDF character: glyph <c>i</c> of the result is a
/// copy of <c>sources[i]</c> (a composite glyph of one component, OpenType glyf §"Composite glyph
/// description"; the first glyphs are the font's own, <c>sources[i] == i</c>), its advance in hmtx
/// set to <c>advances[i]</c> (font units; -1 keeps the source's). Readers that take a character's
/// width from the font program (MuPDF builds its table per glyph) then agree with the PDF's /W for
/// every character, also where one glyph shows different text at different widths. Rewrites glyf,
/// loca (long offsets), hmtx, hhea, maxp, post (format 3) and head; the other tables are copied.
/// </summary>
internal static class TrueTypeClones
{
    private const ushort ArgsAreXyValues = 0x0002;

    public static byte[] Build(byte[] font, IReadOnlyList<ushort> sources, IReadOnlyList<int> advances)
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
        ushort Advance(int g) => BinaryPrimitives.ReadUInt16BigEndian(hmtx.Span[(Math.Min(g, metrics - 1) * 4)..]);
        short Lsb(int g) => g < metrics ? BinaryPrimitives.ReadInt16BigEndian(hmtx.Span[((g * 4) + 2)..])
            : BinaryPrimitives.ReadInt16BigEndian(hmtx.Span[((metrics * 4) + ((g - metrics) * 2))..]);

        var count = sources.Count;
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(count + 1) * 4];
        var newHmtx = new byte[count * 4];
        var maxAdvance = 0;
        Span<byte> composite = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)newGlyf.Length);
            var source = sources[i];
            var data = glyf.Span[Offset(source)..Offset(source + 1)];
            if (i == source || data.Length == 0)
            {
                newGlyf.Write(data); // the glyph itself, or an empty glyph (nothing to copy)
            }
            else
            {
                composite.Clear();
                BinaryPrimitives.WriteInt16BigEndian(composite, -1);
                data[2..10].CopyTo(composite[2..]); // the source's bounding box
                BinaryPrimitives.WriteUInt16BigEndian(composite[10..], ArgsAreXyValues);
                BinaryPrimitives.WriteUInt16BigEndian(composite[12..], source);
                newGlyf.Write(composite); // arguments (0, 0) as bytes
            }

            while (newGlyf.Length % 4 != 0) { newGlyf.WriteByte(0); }
            var advance = advances[i] < 0 ? Advance(source) : Math.Clamp(advances[i], 0, ushort.MaxValue);
            maxAdvance = Math.Max(maxAdvance, advance);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(i * 4), (ushort)advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((i * 4) + 2), i < numGlyphs ? Lsb(i) : Lsb(source));
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(count * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(10), (ushort)maxAdvance);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);
        if (maxp.Length >= 32 && count > numGlyphs)
        {
            // A copy is a composite one level above its source, with the source's points and contours.
            Max(maxp, 10, BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(6)));
            Max(maxp, 12, BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(8)));
            Max(maxp, 28, 1);
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

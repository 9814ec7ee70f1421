using System.IO.Compression;
using System.Security.Cryptography;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The file structure (ISO 32000-1 §7.5): header, numbered indirect objects, and a cross-reference
/// stream (§7.5.8) that also carries the trailer's entries. Objects are numbered when reserved and
/// may be written in any order. Streams are written where they come, Flate-compressed (§7.4.4);
/// all other objects (structure elements, outline items, annotations, dictionaries) are packed into
/// compressed object streams (§7.5.7), which is most of what makes a tagged PDF small. The /ID is an
/// MD5 of the body (§14.4 asks for uniqueness only), so the same input gives the same bytes.
/// </summary>
internal sealed class PdfObjectWriter
{
    private const int PerObjectStream = 200;

    private readonly PdfBuffer _out = new();
    private readonly List<(int Stream, int Offset)> _entries = [(0, 0)]; // Stream 0: at Offset in the file; else in that object stream
    private readonly List<(int Number, byte[] Body)> _packed = [];

    public PdfObjectWriter()
    {
        // §7.5.2: a comment of four bytes above 127 marks the file as binary. PDF 1.7 (PDF/A-2, PDF/UA-1).
        _out.Raw("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Raw('\n');
    }

    public int Reserve()
    {
        _entries.Add((-1, -1));
        return _entries.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> (not a stream) with a body built by <paramref name="body"/>.</summary>
    public void Write(int number, Action<PdfBuffer> body)
    {
        Claim(number);
        var b = new PdfBuffer();
        body(b);
        _packed.Add((number, b.ToArray()));
        _entries[number] = (-2, -2);
    }

    public int Write(Action<PdfBuffer> body)
    {
        var n = Reserve();
        Write(n, body);
        return n;
    }

    /// <summary>A stream object (§7.3.8): <paramref name="dictionary"/> writes the entries besides /Length and /Filter.</summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, Action<PdfBuffer>? dictionary = null, bool compress = true)
    {
        Claim(number);
        var bytes = compress ? Deflate(data) : data.ToArray();
        _entries[number] = (0, _out.Length);
        _out.Int(number).Raw(" 0 obj\n<<");
        dictionary?.Invoke(_out);
        _out.Raw("/Length ").Int(bytes.Length);
        if (compress)
        {
            _out.Raw("/Filter/FlateDecode");
        }

        _out.Raw(">>\nstream\n").Bytes(bytes).Raw("\nendstream\nendobj\n");
    }

    public int WriteStream(ReadOnlySpan<byte> data, Action<PdfBuffer>? dictionary = null, bool compress = true)
    {
        var n = Reserve();
        WriteStream(n, data, dictionary, compress);
        return n;
    }

    /// <summary>The object streams, then the cross-reference stream with /Root, /Info and /ID (§7.5.8.2).</summary>
    public byte[] Finish(int catalog, int info)
    {
        var missing = _entries.FindIndex(1, e => e.Stream == -1);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF object {missing} was reserved but never written.");
        }

        for (var first = 0; first < _packed.Count; first += PerObjectStream)
        {
            WriteObjectStream(_packed.GetRange(first, Math.Min(PerObjectStream, _packed.Count - first)));
        }

        var id = Convert.ToHexString(MD5.HashData(_out.Span));
        var xref = Reserve();
        var offset = _out.Length; // where WriteStream puts the cross-reference stream itself
        // §7.5.8.3: type (1 byte), offset or object stream number (4 bytes), generation or index (2 bytes).
        var table = new byte[_entries.Count * 7];
        for (var i = 0; i < _entries.Count; i++)
        {
            var (stream, at) = i == xref ? (0, offset) : _entries[i];
            var row = table.AsSpan(i * 7);
            row[0] = (byte)(i == 0 ? 0 : stream == 0 ? 1 : 2);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(row[1..], i == 0 ? 0 : stream == 0 ? at : stream);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)(i == 0 ? 65535 : stream == 0 ? 0 : at));
        }

        WriteStream(xref, table, b => b.Raw("/Type/XRef/Size ").Int(_entries.Count).Raw("/W[1 4 2]/Root ").Ref(catalog)
            .Raw("/Info ").Ref(info).Raw("/ID[<").Raw(id).Raw("><").Raw(id).Raw(">]"));
        _out.Raw("startxref\n").Int(offset).Raw("\n%%EOF\n");
        return _out.ToArray();
    }

    /// <summary>§7.5.7: N pairs "number offset", then the objects, in one Flate stream.</summary>
    private void WriteObjectStream(List<(int Number, byte[] Body)> objects)
    {
        var header = new PdfBuffer();
        var body = new PdfBuffer();
        var stream = Reserve();
        for (var i = 0; i < objects.Count; i++)
        {
            header.Int(objects[i].Number).Raw(' ').Int(body.Length).Raw(' ');
            body.Bytes(objects[i].Body).Raw('\n');
            _entries[objects[i].Number] = (stream, i);
        }

        var first = header.Length;
        header.Bytes(body.Span);
        WriteStream(stream, header.Span, b => b.Raw("/Type/ObjStm/N ").Int(objects.Count).Raw("/First ").Int(first));
    }

    private void Claim(int number)
    {
        if (_entries[number].Stream != -1)
        {
            throw new InvalidOperationException($"PDF object {number} written twice.");
        }
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream((data.Length / 3) + 64);
        using (var z = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return memory.ToArray();
    }
}

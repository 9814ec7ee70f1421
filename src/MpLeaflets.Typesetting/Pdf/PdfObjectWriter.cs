using System.IO.Compression;
using System.Security.Cryptography;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The file structure (ISO 32000-1 §7.5): header, numbered indirect objects, a classic cross-reference
/// table and a trailer. Objects are numbered when reserved and may be written in any order; streams
/// are Flate-compressed (§7.4.4). The trailer /ID is an MD5 of the body (§14.4 asks for uniqueness
/// only), so the same input gives the same bytes.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly PdfBuffer _out = new();
    private readonly List<int> _offsets = [0];

    public PdfObjectWriter()
    {
        // §7.5.2: a comment of four bytes above 127 marks the file as binary. PDF 1.7 (PDF/A-2, PDF/UA-1).
        _out.Raw("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Raw('\n');
    }

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> with a body built by <paramref name="body"/>.</summary>
    public void Write(int number, Action<PdfBuffer> body)
    {
        Begin(number);
        body(_out);
        _out.Raw("\nendobj\n");
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
        var bytes = compress ? Deflate(data) : data.ToArray();
        Begin(number);
        _out.Raw("<<");
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

    /// <summary>Cross-reference table, trailer and end of file (§7.5.4, §7.5.5).</summary>
    public byte[] Finish(int catalog, int info)
    {
        var missing = _offsets.FindIndex(1, o => o < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF object {missing} was reserved but never written.");
        }

        var id = Convert.ToHexString(MD5.HashData(_out.Span));
        var xref = _out.Length;
        _out.Raw("xref\n0 ").Int(_offsets.Count).Raw("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            _out.Raw(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Raw(" 00000 n \n");
        }

        _out.Raw("trailer\n<</Size ").Int(_offsets.Count).Raw("/Root ").Ref(catalog).Raw("/Info ").Ref(info)
            .Raw("/ID[<").Raw(id).Raw("><").Raw(id).Raw(">]>>\nstartxref\n").Int(xref).Raw("\n%%EOF\n");
        return _out.ToArray();
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} written twice.");
        }

        _offsets[number] = _out.Length;
        _out.Int(number).Raw(" 0 obj\n");
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream(data.Length / 3 + 64);
        using (var z = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return memory.ToArray();
    }
}

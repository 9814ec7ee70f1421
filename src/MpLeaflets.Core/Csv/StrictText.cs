using System.Text;
using MpLeaflets.Storage;

namespace MpLeaflets.Csv;

/// <summary>Reads a text file as strict UTF-8, reporting the line of the first invalid byte.</summary>
public static class StrictText
{
    public static string ReadUtf8(string path, string displayName)
    {
        var bytes = File.ReadAllBytes(path);
        if (IsUtf16(bytes))
        {
            throw new ContentException(displayName, 0, "the file is in UTF-16 (what Excel saves as 'Unicode Text'), not UTF-8",
                "Save it again as 'CSV UTF-8 (comma delimited)' (LibreOffice: character set 'Unicode (UTF-8)'); the file was not changed");
        }
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return AtomicFile.Utf8NoBom.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var bad = FirstInvalidByte(bytes, start) ?? offset;
            var line = 1 + bytes.AsSpan(0, Math.Min(bad, bytes.Length)).Count((byte)'\n');
            throw new ContentException(displayName, line, $"the file is not valid UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad})",
                "Save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8'); the file was not changed");
        }
    }

    /// <summary>A UTF-16 byte order mark, or the NUL bytes every ASCII letter has in UTF-16.</summary>
    private static bool IsUtf16(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF])) { return true; }
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 200));
        return head.Length >= 4 && head.Count((byte)0) * 4 >= head.Length;
    }

    private static int? FirstInvalidByte(byte[] bytes, int start)
    {
        var span = bytes.AsSpan(start);
        var status = System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : start + read;
    }
}

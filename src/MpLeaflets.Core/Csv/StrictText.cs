using System.Text;

namespace MpLeaflets.Csv;

/// <summary>Reads a text file as strict UTF-8, reporting the line of the first invalid byte.</summary>
public static class StrictText
{
    public static string ReadUtf8(string path, string displayName)
    {
        var bytes = File.ReadAllBytes(path);
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

    private static int? FirstInvalidByte(byte[] bytes, int start)
    {
        var span = bytes.AsSpan(start);
        var status = System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : start + read;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MpLeaflets.Typesetting.Pdf;
using PdfSharp.Pdf;

namespace MpLeaflets.Documents;

/// <summary>
/// PDFsharp stamps each file with the clock (CreationDate, XMP dates), random XMP uuids and a
/// random /ID. The same input must give the same bytes, so that a rebuild changes nothing and the
/// manifest's sha256 means something: booklets and packs take their date from the content, their
/// XMP uuids from a hash of what they are made of (replaced in place, at the same length, so every
/// byte offset in the cross-reference table stays right), and go through the engine's
/// <see cref="PdfFinisher"/> for a content-hash /ID and the document language, like every PDF.
/// </summary>
internal static partial class ReproduciblePdf
{
    public static void Save(PdfDocument document, Stream output, string identity, DateOnly date, string? language)
    {
        // PDFsharp 6.2.4 ends its own Flate streams early (qpdf: "input stream is complete but output
        // may still be valid"); the few streams it writes itself (the imposition forms) stay plain.
        document.Options.CompressContentStreams = false;
        var when = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.CreationDate = when;
        document.Info.ModificationDate = when;
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = buffer.ToArray();

        // Latin-1 maps bytes 1:1 to chars, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(bytes);
        var n = 0;
        foreach (Match m in Uuid().Matches(text))
        {
            Overwrite(bytes, m.Index + 5, FormatUuid(Hash($"{identity}\u001fuuid{n++}")));
        }

        // The same finishing as every other PDF: /ID from a hash of the (now fixed) content, and /Lang.
        bytes = PdfFinisher.Finish(bytes, language);
        output.Write(bytes);
    }

    /// <summary>An identity for a file made from others: the bytes of its sources.</summary>
    public static string IdentityOf(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string FormatUuid(byte[] hash)
    {
        var h = Convert.ToHexStringLower(hash);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    private static void Overwrite(byte[] bytes, int at, string ascii) => Encoding.Latin1.GetBytes(ascii, 0, ascii.Length, bytes, at);

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Two things Skia cannot do, done on the finished bytes:
/// 1. Determinism: Skia's trailer /ID is a hash of the clock (PDF 32000-1 §14.4 only asks for
///    uniqueness); it is replaced, in place and at the same length, by an MD5 of the document.
/// 2. Document language: the catalog gets /Lang (§14.9.2) through an incremental update
///    (§7.5.6): a new catalog object, an xref section for it and a trailer with /Prev. The
///    original bytes, fonts included, stay untouched.
/// </summary>
public static partial class PdfFinisher
{
    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+(\d+)\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    public static byte[] Finish(byte[] pdf, string? language)
    {
        // Latin-1 maps bytes 1:1 to chars, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailerAt < 0)
        {
            throw new InvalidOperationException("Skia wrote a PDF without a classic trailer; cannot finish it.");
        }

        var trailer = text[trailerAt..];
        var id = IdPattern().Match(trailer);
        string idArray = "";
        if (id.Success)
        {
            var start = trailerAt + id.Index;
            var zeroed = (byte[])pdf.Clone();
            for (var i = start; i < start + id.Length; i++)
            {
                zeroed[i] = (byte)'0';
            }

            var hash = Convert.ToHexString(MD5.HashData(zeroed));
            var first = Fit(hash, id.Groups[1].Length);
            var second = Fit(hash, id.Groups[2].Length);
            Encoding.Latin1.GetBytes(first, 0, first.Length, pdf, trailerAt + id.Groups[1].Index);
            Encoding.Latin1.GetBytes(second, 0, second.Length, pdf, trailerAt + id.Groups[2].Index);
            idArray = $" /ID [<{first}> <{second}>]";
        }

        return language is null || !LanguageTag().IsMatch(language) ? pdf : AddLanguage(pdf, text, trailer, idArray, language);
    }

    private static byte[] AddLanguage(byte[] pdf, string text, string trailer, string idArray, string language)
    {
        var root = RootPattern().Match(trailer);
        var size = SizePattern().Match(trailer);
        var startXref = StartXrefPattern().Match(text);
        if (!root.Success || !size.Success || !startXref.Success)
        {
            throw new InvalidOperationException("Could not find the PDF catalog to record the document language.");
        }

        var objectNumber = root.Groups[1].Value;
        var header = $"{objectNumber} {root.Groups[2].Value} obj";
        var objAt = FindObject(text, header);
        var dictStart = text.IndexOf("<<", objAt, StringComparison.Ordinal);
        var endObj = text.IndexOf("endobj", objAt, StringComparison.Ordinal);
        var dictEnd = text.LastIndexOf(">>", endObj, StringComparison.Ordinal);
        var dictionary = text[(dictStart + 2)..dictEnd];

        var update = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        update.Append('\n').Append(header).Append("\n<</Lang (").Append(language).Append(')').Append(dictionary).Append(">>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n").Append(objectNumber).Append(" 1\n")
            .Append(objectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(' ')
            .Append(root.Groups[2].Value.PadLeft(5, '0')).Append(" n \n")
            .Append("trailer\n<</Size ").Append(size.Groups[1].Value)
            .Append(" /Root ").Append(root.Value[5..].Trim())
            .Append(InfoReference(trailer)).Append(idArray)
            .Append(" /Prev ").Append(startXref.Groups[1].Value).Append(">>\nstartxref\n")
            .Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");

        var tail = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + tail.Length];
        pdf.CopyTo(result, 0);
        tail.CopyTo(result, pdf.Length);
        return result;
    }

    private static int FindObject(string text, string header)
    {
        // The object header starts a line; "11 0 obj" must not match inside "1 0 obj".
        for (var at = text.IndexOf(header, StringComparison.Ordinal); at >= 0; at = text.IndexOf(header, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is '\n' or '\r')
            {
                return at;
            }
        }

        throw new InvalidOperationException($"PDF object '{header}' not found.");
    }

    private static string InfoReference(string trailer)
    {
        var info = InfoPattern().Match(trailer);
        return info.Success ? " " + info.Value : "";
    }

    private static string Fit(string hash, int length) =>
        length <= hash.Length ? hash[..length] : hash.PadRight(length, '0');
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace MpLeaflets.Tests;

/// <summary>Reads built PDFs back: page sizes with PdfPig, text with poppler's pdftotext -raw (content order: the order the PDF stores, which the engine writes logically).</summary>
internal static class Pdfs
{
    public const float A5Width = 148 * 72f / 25.4f;
    public const float A5Height = 210 * 72f / 25.4f;
    public const float A4Width = 210 * 72f / 25.4f;
    public const float A4Height = 297 * 72f / 25.4f;

    public static List<(double Width, double Height)> PageSizes(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.GetPages().Select(p => (p.Width, p.Height)).ToList();
    }

    public static string Text(string path) => Run("pdftotext", "poppler-utils", "-raw", "-enc", "UTF-8", path, "-").Output;

    /// <summary>The text as two readers give it to a person copying it: poppler's pdftotext in its
    /// default (reading order) mode, and MuPDF's mutool.</summary>
    public static IEnumerable<(string Reader, string Text)> TextInEveryReader(string path)
    {
        yield return ("pdftotext", Run("pdftotext", "poppler-utils", "-enc", "UTF-8", path, "-").Output);
        yield return ("mutool", Run("mutool", "mupdf-tools", "draw", "-q", "-F", "txt", "-o", "-", path).Output);
    }

    /// <summary>qpdf --check: exit code 0 when clean, 3 on warnings, 2 on errors, with what it printed.</summary>
    public static (int Code, string Output) Check(string path)
    {
        var (code, output, error) = Run("qpdf", "qpdf", "--check", path);
        return (code, output + error);
    }

    private static (int Code, string Output, string Error) Run(string tool, string aptPackage, params string[] arguments) =>
        RunIn(null, tool, aptPackage, arguments);

    /// <summary>Runs a reader or tool (in <paramref name="directory"/> when given); says how to install it when missing.</summary>
    internal static (int Code, string Output, string Error) RunIn(string? directory, string tool, string aptPackage, string[] arguments)
    {
        var info = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = directory ?? "",
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"'{tool}' is not installed. Install it with: apt-get install -y {aptPackage}");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }

    /// <summary>
    /// Base letters only: no white space, format characters (bidi controls, ZWNJ), combining marks
    /// (pdftotext may put an Arabic haraka before its letter), brackets (mirrored in right-to-left
    /// runs) or Markdown markers, so line breaks, isolates and extraction order of marks do not matter.
    /// </summary>
    public static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                && c is not ('(' or ')' or '*' or '`'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The words of a unit, as letters; a label in a two-column row may extract interleaved with its neighbour, line by line.</summary>
    /// Punctuation next to an isolated Latin word may extract on its other side, so it is left out.
    public static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(Letters(w).Where(c => !char.IsPunctuation(c)).ToArray())).Where(w => w.Length > 0);

    /// <summary>Letters of <paramref name="expected"/> that <paramref name="text"/> has fewer of (as strings, for messages).</summary>
    public static List<string> MissingLetters(string text, string expected)
    {
        var have = Letters(text).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return Letters(expected).GroupBy(c => c).Where(g => have.GetValueOrDefault(g.Key) < g.Count()).Select(g => g.Key.ToString()).ToList();
    }

    /// <summary>The words of <paramref name="expected"/> that are not in <paramref name="text"/> (compared as letters).</summary>
    public static List<string> MissingWords(string text, string expected)
    {
        var letters = new string(Letters(text).Where(c => !char.IsPunctuation(c)).ToArray());
        return Words(expected).Where(w => !letters.Contains(w, StringComparison.Ordinal)).ToList();
    }
}

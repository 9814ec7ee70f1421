using System.Diagnostics;

namespace MpLeaflets.Typesetting.Tests.Support;

/// <summary>Command-line tools from Debian packages the tests read PDFs with.</summary>
internal static class Tools
{
    /// <summary>Text of a PDF as poppler's pdftotext reads it (it honours /ActualText).</summary>
    public static string PdfToText(byte[] pdf) => Run("pdftotext", "poppler-utils", pdf, "-enc UTF-8 {0} -");

    /// <summary>Text in content-stream order (pdftotext -raw): the order the PDF itself stores.</summary>
    public static string PdfToRawText(byte[] pdf) => Run("pdftotext", "poppler-utils", pdf, "-raw -enc UTF-8 {0} -");

    /// <summary>Runs qpdf --check; returns its output (exit code 0 or 3 = warnings only).</summary>
    public static string QpdfCheck(byte[] pdf) => Run("qpdf", "qpdf", pdf, "--check {0}");

    /// <summary>MuPDF's structured text (mutool draw -F stext): every character with its font and box.</summary>
    public static string MutoolStext(byte[] pdf) => Run("mutool", "mupdf-tools", pdf, "draw -q -F stext -o - {0}");

    private static string Run(string tool, string package, byte[] pdf, string arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mpl-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var info = new ProcessStartInfo(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, path))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            Process process;
            try
            {
                process = Process.Start(info)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException($"'{tool}' is not installed. Install it with: apt-get install -y {package}");
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode is not (0 or 3))
                {
                    throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
                }

                return output;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}

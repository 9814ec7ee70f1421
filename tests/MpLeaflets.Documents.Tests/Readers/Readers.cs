namespace MpLeaflets.Tests.Readers;

/// <summary>
/// The four readers a person's text comes back through: poppler's pdftotext (reading order, and
/// -raw: content order), MuPDF's mutool and Mozilla's pdf.js (getTextContent, what its text layer,
/// copy and find use; run with Node from tests/pdfjs, restored with npm on first use).
/// </summary>
internal static class Readers
{
    public static readonly string[] Names = ["pdftotext", "pdftotext -raw", "mutool", "pdf.js"];

    private static readonly object NpmGate = new();

    public static string Read(string reader, string path) => reader switch
    {
        "pdftotext" => Run("pdftotext", "poppler-utils", "-enc", "UTF-8", path, "-"),
        "pdftotext -raw" => Run("pdftotext", "poppler-utils", "-raw", "-enc", "UTF-8", path, "-"),
        "mutool" => Run("mutool", "mupdf-tools", "draw", "-q", "-F", "txt", "-o", "-", path),
        "pdf.js" => PdfJs([path])[path],
        _ => throw new ArgumentException("unknown reader " + reader, nameof(reader)),
    };

    /// <summary>pdf.js's text of many files from one Node process (starting Node costs more than reading).</summary>
    public static Dictionary<string, string> PdfJs(IReadOnlyList<string> paths)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "pdfjs");
        lock (NpmGate)
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "pdfjs-dist")))
            {
                Run("npm", "npm (Node.js)", folder, ["install", "--no-audit", "--no-fund"]);
            }
        }

        var output = Run("node", "nodejs", folder, ["text.mjs", .. paths]);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in output.Split("=== ", StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            result[part[..newline]] = part[(newline + 1)..];
        }

        return result;
    }

    private static string Run(string tool, string package, params string[] arguments) => Run(tool, package, null, arguments);

    private static string Run(string tool, string package, string? directory, string[] arguments)
    {
        var (code, output, error) = Pdfs.RunIn(directory, tool, package, arguments);
        return code == 0 ? output : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({code}): {error}");
    }
}

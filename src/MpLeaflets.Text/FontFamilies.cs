using System.Globalization;

namespace MpLeaflets.Text;

/// <summary>
/// The font families the program ships, read from its one font list, <c>fonts/fonts.csv</c> (built
/// into this assembly): per family its npm package and version, the file of each style inside the
/// package, its licence file and its place in the shared fallback. The build restores and copies the
/// fonts from the same list, the font catalog finds the files by it, and languages.csv may only name
/// these families, so a misspelt font is an error with its line, not a silent fallback to another
/// script's letters.
/// </summary>
public static class FontFamilies
{
    private static readonly Lazy<IReadOnlyList<FontFamily>> List = new(() => Parse(ReadList()));

    public static IReadOnlyList<FontFamily> All => List.Value;

    public static IReadOnlyList<string> Names => [.. All.Select(f => f.Name)];

    /// <summary>Families tried after a block's own chain, in the list's order, so a stray Latin word,
    /// digit or letter of another script always prints.</summary>
    public static IReadOnlyList<FontFamily> SharedFallback => [.. All.Where(f => f.SharedFallback is not null).OrderBy(f => f.SharedFallback)];

    /// <summary>Always last in every chain: the first of the shared fallback (Noto Sans).</summary>
    public static string Fallback => SharedFallback[0].Name;

    public static bool IsKnown(string name) => All.Any(f => f.Name == name);

    /// <summary>The family's id in file names and PDFs: the name without spaces ("NotoNaskhArabic").</summary>
    public static string Id(string name) => name.Replace(" ", "", StringComparison.Ordinal);

    public static FontFamily? ById(string id) => All.FirstOrDefault(f => f.Id == id);

    internal static IReadOnlyList<FontFamily> Parse(string csv)
    {
        string[] header = ["family", "package", "version", "regular", "bold", "italic", "licence", "shared_fallback"];
        var lines = csv.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || lines[0] != string.Join(',', header))
        {
            throw new InvalidDataException($"fonts/fonts.csv:1: the header must be {string.Join(',', header)}");
        }
        var families = new List<FontFamily>();
        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)))
        {
            var f = line.Split(',');
            if (f.Length != header.Length || f[0].Length == 0 || f[1].Length == 0 || f[3].Length == 0 || f[4].Length == 0)
            {
                throw new InvalidDataException($"fonts/fonts.csv:{number}: a family needs {header.Length} fields, with a name, a package and regular and bold files");
            }
            int? fallback = f[7].Length == 0 ? null : int.Parse(f[7], CultureInfo.InvariantCulture);
            families.Add(new FontFamily(f[0], f[1], f[2], f[3], f[4], f[5].Length == 0 ? null : f[5], f[6], fallback));
        }
        return families;
    }

    private static string ReadList()
    {
        using var stream = typeof(FontFamilies).Assembly.GetManifestResourceStream("fonts.csv")
            ?? throw new InvalidOperationException("the font list (fonts/fonts.csv) is missing from the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One family of <c>fonts/fonts.csv</c>. Files are paths inside the npm package; the program
/// and its tool package keep only their names, side by side in one folder.</summary>
public sealed record FontFamily(string Name, string Package, string Version, string Regular, string Bold, string? Italic, string Licence, int? SharedFallback)
{
    public string Id => FontFamilies.Id(Name);

    /// <summary>The file of a style (bold, italic or regular), or null when the family has none.</summary>
    public string? FileName(bool bold, bool italic) => Path.GetFileName(italic ? Italic : bold ? Bold : Regular);

    /// <summary>The family's licence (SIL Open Font License) as it sits beside the fonts.</summary>
    public string LicenceFileName => $"{Id}.LICENSE.txt";
}

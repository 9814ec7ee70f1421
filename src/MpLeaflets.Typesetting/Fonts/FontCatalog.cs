using System.Collections.Concurrent;
using MpLeaflets.Text;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Knows which file holds each family and variant, and loads each file once per process.
/// Fonts come from npm (fonts/package.json) and are copied by <c>dotnet build</c> into
/// <c>fonts/cache/</c>; nothing is fetched at run time.
/// </summary>
public sealed class FontCatalog
{
    private static readonly Lazy<FontCatalog> DefaultCatalog = new(() => new FontCatalog(FindFontDirectory()));

    // File name stem per family (the family's id); the variant suffix follows the @expo-google-fonts naming.
    private static readonly Dictionary<string, string> Stems = FontFamilies.Names.Select(FontFamilies.Id).ToDictionary(id => id, id => id, StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string Family, FontVariant Variant), Lazy<FontFace?>> _faces = new();

    public FontCatalog(string directory)
    {
        Directory = directory;
    }

    /// <summary>The catalog over the project's restored fonts (found next to the assembly or above it).</summary>
    public static FontCatalog Default => DefaultCatalog.Value;

    public string Directory { get; }

    /// <summary>Families tried after a block's own chain, so a stray Latin word or digit always prints.</summary>
    public IReadOnlyList<string> SharedFallback { get; } =
        ["NotoSans", "NotoNaskhArabic", "NotoSansEthiopic", "NotoSansBengali", "NotoSansTamil", "NotoSansSC"];

    public static IReadOnlyCollection<string> Families => Stems.Keys;

    internal FontFace Get(string family, FontVariant variant)
    {
        return TryGet(family, variant) ?? TryGet(family, FontVariant.Regular)
            ?? throw new FontNotFoundException(
                $"Font '{family}' was not found in {Directory}. Run 'dotnet build' at the repository root: "
                + "it restores the Noto fonts from fonts/package.json with npm (Node.js needed) into fonts/cache/.");
    }

    private FontFace? TryGet(string family, FontVariant variant)
    {
        return _faces.GetOrAdd((family, variant), key => new Lazy<FontFace?>(() => Load(key.Family, key.Variant))).Value;
    }

    private FontFace? Load(string family, FontVariant variant)
    {
        if (!Stems.TryGetValue(family, out var stem))
        {
            throw new ArgumentException(
                $"Unknown font family '{family}'. Known: {string.Join(", ", Stems.Keys)}.", nameof(family));
        }

        var suffix = variant switch
        {
            FontVariant.Bold => "700Bold",
            FontVariant.Italic => "400Regular_Italic",
            _ => "400Regular",
        };
        var path = System.IO.Path.Combine(Directory, $"{stem}_{suffix}.ttf");
        return File.Exists(path) ? new FontFace($"{stem}-{variant}", path) : null;
    }

    private static string FindFontDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MPLEAFLETS_FONTS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Walk up from the running assembly to the repository's fonts/cache (bin/… sits below it).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "fonts", "cache");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FontNotFoundException(
            "No fonts/cache folder was found above " + AppContext.BaseDirectory + ". Run 'dotnet build' at the "
            + "repository root: it restores the Noto fonts from fonts/package.json with npm (Node.js needed), "
            + "or set MPLEAFLETS_FONTS to a folder holding the .ttf files.");
    }
}

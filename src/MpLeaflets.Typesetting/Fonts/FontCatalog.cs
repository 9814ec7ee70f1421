using System.Collections.Concurrent;
using MpLeaflets.Text;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Knows which file holds each family and variant (from the one font list, fonts/fonts.csv, see
/// <see cref="FontFamilies"/>), and loads each file once per process. The files sit side by side in
/// one folder: <c>$MPLEAFLETS_FONTS</c> when set; else <c>fonts/</c> next to the program (the tool
/// package carries them there, with their licences); else, when running from the repository,
/// <c>fonts/cache/</c> above the assembly, where <c>dotnet build</c> copies them from npm. Nothing is
/// fetched at run time.
/// </summary>
public sealed class FontCatalog
{
    public const string FolderVariable = "MPLEAFLETS_FONTS";

    private static readonly Lazy<FontCatalog> DefaultCatalog = new(() => new FontCatalog(FindFontDirectory(AppContext.BaseDirectory, Environment.GetEnvironmentVariable(FolderVariable))));

    private readonly ConcurrentDictionary<(string Family, FontVariant Variant), Lazy<FontFace?>> _faces = new();

    public FontCatalog(string directory)
    {
        Directory = directory;
    }

    /// <summary>The catalog over the program's fonts (see the class summary for where they are looked for).</summary>
    public static FontCatalog Default => DefaultCatalog.Value;

    public string Directory { get; }

    /// <summary>Families tried after a block's own chain, so a stray Latin word or digit always prints.</summary>
    public IReadOnlyList<string> SharedFallback { get; } = [.. FontFamilies.SharedFallback.Select(f => f.Id)];

    public static IReadOnlyCollection<string> Families => [.. FontFamilies.All.Select(f => f.Id)];

    /// <summary>The file a family's variant is in (a name in <see cref="Directory"/>), or null when the family has no such variant.</summary>
    public static string? FileName(string family, FontVariant variant) =>
        (FontFamilies.ById(family) ?? throw new ArgumentException($"Unknown font family '{family}'. Known: {string.Join(", ", Families)}.", nameof(family)))
            .FileName(variant == FontVariant.Bold, variant == FontVariant.Italic);

    internal FontFace Get(string family, FontVariant variant)
    {
        return TryGet(family, variant) ?? TryGet(family, FontVariant.Regular)
            ?? throw new FontNotFoundException(
                $"Font '{family}' ({FileName(family, FontVariant.Regular)}) was not found in {Directory}. "
                + $"From the repository, run 'dotnet build': it restores the fonts of fonts/fonts.csv with npm (Node.js needed); "
                + $"or set {FolderVariable} to a folder holding them.");
    }

    private FontFace? TryGet(string family, FontVariant variant)
    {
        return _faces.GetOrAdd((family, variant), key => new Lazy<FontFace?>(() => Load(key.Family, key.Variant))).Value;
    }

    private FontFace? Load(string family, FontVariant variant)
    {
        var file = FileName(family, variant);
        var path = file is null ? null : System.IO.Path.Combine(Directory, file);
        return path is not null && File.Exists(path) ? new FontFace($"{family}-{variant}", path) : null;
    }

    /// <summary>Where the fonts are for a program in <paramref name="programDirectory"/>: see the class summary.</summary>
    internal static string FindFontDirectory(string programDirectory, string? fromEnvironment)
    {
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Installed: the tool package puts the fonts in fonts/ beside the program.
        var beside = System.IO.Path.Combine(programDirectory, "fonts");
        if (System.IO.Directory.Exists(beside))
        {
            return beside;
        }

        // From the repository: walk up from bin/… to fonts/cache.
        for (var dir = new DirectoryInfo(programDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "fonts", "cache");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FontNotFoundException(
            $"The fonts were not found: not in {beside}, nor in a fonts/cache folder above {programDirectory}. "
            + $"Reinstall the tool (it carries its fonts), or from the repository run 'dotnet build' (it restores them with npm), "
            + $"or set {FolderVariable} to a folder holding the .ttf files of fonts/fonts.csv.");
    }
}

using System.Security.Cryptography;
using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Printing;

namespace MpLeaflets.Documents.Printing;

/// <summary>
/// What a coordinator is about to record as printed: the pack's PDF as the last build wrote it, and
/// each part's units. Refused when the PDF is not what the project would build now (a translation
/// or the English changed since, or the file was replaced), since the register would then vouch for
/// paper it does not describe.
/// </summary>
public static class PackPrint
{
    public static IReadOnlyList<PrintedPart> Take(ContentProject project, string outputDirectory, Pack pack)
    {
        var manifest = Manifest.Read(Path.Combine(outputDirectory, Manifest.FileName));
        var path = PackBuild.RelativePath(pack.Id);
        var rebuild = $"Run 'mpleaflets build --pack {pack.Id}', print output/{path} again, then record it";
        if (!manifest.TryGetValue(path, out var entry) || !File.Exists(Path.Combine(outputDirectory, path)))
        {
            throw ContentException.Usage($"the pack {pack.Id} has not been built (no output/{path} in output/manifest.json)", rebuild);
        }
        if (Sha256(Path.Combine(outputDirectory, path)) != entry.Sha256)
        {
            throw ContentException.Usage($"output/{path} is not the file the last build wrote (its SHA-256 differs from output/manifest.json)", rebuild);
        }
        var place = pack.PlaceId is null ? null : project.Places.FirstOrDefault(p => p.Id == pack.PlaceId);
        var files = PrintedParts.Of(project, pack).Where(p => p.Document != PrintRecord.LocalDetails).ToList();
        var entries = files.Select(f => manifest.GetValueOrDefault(f.Path)).ToList();
        if (entries.Any(e => e is null) || PackBuild.Hash(pack, place, entries!) != entry.Inputs)
        {
            throw ContentException.Usage($"output/{path} was built from documents that have been built again since", rebuild);
        }
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        foreach (var (language, document, part) in files)
        {
            if (!IsCurrent(project, common, language, document, manifest[part].Inputs))
            {
                throw ContentException.Usage($"the {language} {document} in output/{path} is older than the project (its English or translation changed since the build)", rebuild);
            }
        }
        var parts = PrintedParts.Of(project, pack)
            .Select(p => new PrintedPart(p.Path, manifest[p.Path].Sha256, p.Language, p.Document, PrintedParts.Units(project, p.Language, p.Document, pack.PlaceId)!))
            .ToList();
        return [.. parts, new PrintedPart(path, entry.Sha256, string.Join(",", pack.Languages), PrintRecord.PackFile, [])];
    }

    /// <summary>Whether a part's recorded inputs are the project's now (built with or without English fallback).</summary>
    private static bool IsCurrent(ContentProject project, Units.SegmentedDocument? common, string code, string documentId, string inputs)
    {
        var language = project.Languages.Require(code);
        var document = project.Documents.First(d => d.Id == documentId);
        var (rows, _) = PdfBuild.ReadRows(project, language);
        return new[] { false, true }.Any(fallback =>
            InputHash.Of(language, document, common, rows, new BuildRequest("", [language], AllowEnglishFallback: fallback)) == inputs);
    }

    private static string Sha256(string path)
    {
        using var read = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(read));
    }
}

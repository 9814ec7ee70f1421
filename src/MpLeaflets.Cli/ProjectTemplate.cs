using System.Reflection;
using MpLeaflets.Content;
using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli;

/// <summary>
/// The project 'mpleaflets init' makes: a sample document of each kind, the common strings, one
/// example language (French) with every unit translated, no packs and no places, .gitignore,
/// .gitattributes and a README. The files travel inside the program (embedded resources); the
/// common strings, their French and .gitattributes are this repository's own, not copies.
/// </summary>
internal static class ProjectTemplate
{
    private const string Prefix = "template/";
    private const string Example = "fr";

    public static IReadOnlyList<string> WriteTo(string folder)
    {
        var assembly = typeof(ProjectTemplate).Assembly;
        var written = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = name[Prefix.Length..];
            AtomicFile.WriteAllBytes(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)), Read(assembly, name));
            written.Add(relative);
        }

        // The example language, translated: every unit of the samples, and the common strings as this project has them.
        var project = ContentProject.Load(folder);
        var french = project.Languages.Require(Example);
        var samples = CanonicalCsv.Parse(Text(assembly, "sample-translations.fr.csv"), "sample-translations.fr.csv", ["source", "translation"])
            .ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
        var common = TranslationFile.Parse(Text(assembly, "common.fr.csv"), Example, "common.fr.csv").ActiveRows
            .Where(r => r.IsDone).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var file = Synchronizer.Sync(new TranslationFile(Example, []), project.Documents).File;
        file = file.WithRows([.. file.Rows.Select(r =>
            common.TryGetValue(r.Id, out var known) && known.Source == r.Source ? r with { Translation = known.Translation, State = TranslationState.Translated }
            : samples.TryGetValue(r.Source, out var translation) ? r with { Translation = translation, State = TranslationState.Translated }
            : r)]);
        file.Write(project.TranslationPath(french.Code));
        written.Add(TranslationFile.RelativePath(french.Code));
        return written;
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the template file {name} is missing from the program");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Text(Assembly assembly, string name) => AtomicFile.Utf8NoBom.GetString(Read(assembly, name)).TrimStart('\uFEFF');
}

using System.Text;

namespace MpLeaflets.Tests.Commands;

/// <summary>
/// What an editor and two translators do in the course of a week, on a copy of this repository,
/// through the program as they run it: a paragraph moved, two spreadsheets from one export.
/// </summary>
public sealed class SeamTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_paragraph_moved_in_the_leaflet_keeps_its_translation_in_every_language_and_every_command_still_works()
    {
        var leaflet = _project.Read("content/documents/leaflet.md");
        const string paragraph = "Bring all your papers. Put them in date order so you can find each one quickly.";
        Assert.Contains(paragraph + "\n", leaflet, StringComparison.Ordinal);
        _project.WriteDocument("leaflet.md", leaflet.Replace(paragraph + "\n", "", StringComparison.Ordinal).TrimEnd('\n') + "\n\n" + paragraph + "\n");
        var before = Translations();

        var sync = Cli.Run(_project.Root, "sync");

        Assert.Equal(0, sync.ExitCode);
        Assert.Contains("0 new, 0 outdated, 0 obsolete, 0 restored, 1 moved", sync.Out, StringComparison.Ordinal);
        foreach (var args in new[] { new[] { "check" }, ["status"], ["export", "-l", "fr", "-o", "fr.csv"] })
        {
            var result = Cli.Run(_project.Root, args);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: exit {result.ExitCode}: {result.Error}");
        }
        // The same rows, translation and state, one of them in its new place.
        var after = Translations();
        Assert.All(before.Keys, code => Assert.Equal(before[code].Order(), after[code].Order()));
        Assert.All(after.Values, rows => Assert.Equal(rows.Count, rows.Select(r => r.Split(',')[0]).Distinct().Count()));
    }

    [Fact]
    public void Two_spreadsheets_from_one_export_both_arrive_and_neither_undoes_the_other()
    {
        Assert.Equal(0, Cli.Run(_project.Root, "export", "-l", "fr", "-o", "fr-export.csv").ExitCode);
        var export = _project.Read("fr-export.csv");
        var lines = export.Split("\r\n");
        // Translator A changes one row, translator B another; each saves a copy of the same export.
        var (a, b) = (Changed(lines, 1, "Votre député (MP) et votre situation juridique"), Changed(lines, 2, "Un court guide pour les personnes dans le système d'asile et d'immigration au Royaume-Uni"));
        File.WriteAllText(_project.PathOf("fr-a.csv"), a, new UTF8Encoding(true));
        File.WriteAllText(_project.PathOf("fr-b.csv"), b, new UTF8Encoding(true));

        var first = Cli.Run(_project.Root, "import", "fr-a.csv", "-l", "fr");
        var second = Cli.Run(_project.Root, "import", "fr-b.csv", "-l", "fr");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("fr: 1 updated", first.Out, StringComparison.Ordinal);
        Assert.Contains("fr: 1 updated", second.Out, StringComparison.Ordinal);
        var csv = _project.Read("translations/fr.csv");
        Assert.Contains("Votre député (MP) et votre situation juridique", csv, StringComparison.Ordinal);
        Assert.Contains("Un court guide pour les personnes dans le système d'asile et d'immigration au Royaume-Uni", csv, StringComparison.Ordinal);
    }

    private static string Changed(string[] lines, int row, string translation)
    {
        var copy = lines.ToArray();
        var fields = copy[row].Split("\",\"");
        fields[2] = translation;
        copy[row] = string.Join("\",\"", fields);
        return string.Join("\r\n", copy).TrimStart('\uFEFF');
    }

    private Dictionary<string, List<string>> Translations() =>
        Directory.GetFiles(_project.PathOf("translations"), "*.csv").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllLines(f).Skip(1).ToList());
}

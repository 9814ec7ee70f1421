using System.Xml.Linq;
using MpLeaflets.Cli;
using MpLeaflets.Content;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Team;

/// <summary>mpleaflets export --format tmx on the repository's own translations.</summary>
public sealed class TmxExportTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("ar")]
    [InlineData("zh-Hans")]
    public void A_TMX_file_parses_as_XML_with_one_tu_per_unit(string code)
    {
        var result = Cli.Run(_project.Root, "export", "--lang", code, "--format", "tmx", "--out", $"{code}.tmx");

        Assert.True(result.ExitCode == 0, result.Error);
        var project = ContentProject.Load(_project.Root);
        var rows = project.ReadTranslations(project.Languages.Require(code)).ActiveRows.Where(r => r.IsDone).ToList();
        var tmx = XDocument.Load(_project.PathOf($"{code}.tmx"));
        var units = tmx.Descendants("tu").ToList();
        Assert.Equal(rows.Select(r => r.Id), units.Select(u => (string)u.Attribute("tuid")!));
        Assert.Contains($"{code}: {rows.Count} units written to {code}.tmx (tmx).", result.Out);
        Assert.All(units.Zip(rows), pair =>
        {
            var segs = pair.First.Elements("tuv").Select(t => t.Element("seg")!.Value).ToList();
            Assert.Equal([pair.Second.Source, pair.Second.Translation], segs);
        });
    }

    [Fact]
    public void Every_language_goes_into_one_file_with_all_and_a_state_a_memory_cannot_hold_is_refused()
    {
        var all = Cli.Run(_project.Root, "export", "--lang", "all", "--format", "tmx", "--out", "all.tmx");
        var before = _project.Snapshot();
        var outdated = Cli.Run(_project.Root, "export", "--lang", "ar", "--format", "tmx", "--state", "outdated", "--out", "x.tmx");
        var inside = Cli.Run(_project.Root, "export", "--lang", "ar", "--format", "tmx", "--out", "translations/ar.tmx");

        Assert.Equal(0, all.ExitCode);
        var first = XDocument.Load(_project.PathOf("all.tmx")).Descendants("tu").First();
        Assert.Equal(14, first.Elements("tuv").Count());
        Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput), (outdated.ExitCode, inside.ExitCode));
        Assert.Contains("--state: a translation memory holds only translated and reviewed units", outdated.Error);
        Assert.Equal(before.Keys.Order(), _project.Snapshot().Keys.Order());
    }
}

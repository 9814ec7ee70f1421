using MpLeaflets.Documents.Build;

namespace MpLeaflets.Tests;

public sealed class PackTests
{
    [Fact]
    public void A_pack_is_a_cover_sheet_then_each_languages_local_details_and_documents_and_is_not_rebuilt_when_nothing_changed()
    {
        using var project = TempProject.CopyOfRepository();

        var first = Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa");
        var second = Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("built      packs/detention-harmondsworth-ar-fa.pdf", first.Out, StringComparison.Ordinal);
        Assert.Contains("built      ar/leaflet.pdf", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("sq/", first.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged  packs/detention-harmondsworth-ar-fa.pdf", second.Out, StringComparison.Ordinal);

        var pack = project.PathOf("output/packs/detention-harmondsworth-ar-fa.pdf");
        var manifest = Manifest.Read(project.PathOf("output/manifest.json"));
        var parts = new[] { "ar/leaflet.booklet.pdf", "ar/checklist.pdf", "ar/consent-supporter.pdf", "ar/consent-mp-action.pdf", "fa/leaflet.booklet.pdf", "fa/checklist.pdf", "fa/consent-supporter.pdf", "fa/consent-mp-action.pdf" };
        var sizes = Pdfs.PageSizes(pack);
        Assert.Equal(1 + 2 + parts.Sum(p => manifest[p].Pages), sizes.Count);
        Assert.Equal(manifest["packs/detention-harmondsworth-ar-fa.pdf"].Pages, sizes.Count);
        Assert.Equal(Pdfs.A4Width, sizes[0].Width, 0.5);

        var cover = Pdfs.Text(pack).Split('\f')[0];
        Assert.Contains("How to print", cover, StringComparison.Ordinal);
        Assert.Contains("flip on short edge", cover, StringComparison.Ordinal);
        Assert.Contains("HayesandHarlington", Pdfs.Letters(cover), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_checked_more_than_180_days_ago_gives_a_warning()
    {
        using var project = TempProject.CopyOfRepository();
        var places = project.Read("content/places.csv");
        File.WriteAllText(project.PathOf("content/places.csv"), places.Replace("Hayes and Harlington,2026-11-27", "Hayes and Harlington,2020-01-31", StringComparison.Ordinal));

        var result = Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa", "--doc", "checklist");

        Assert.Contains("warnings:", result.Out, StringComparison.Ordinal);
        Assert.Contains("according to a check on 2020-01-31, more than 180 days ago", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pack_is_bad_input()
    {
        using var project = TempProject.CopyOfRepository();

        var result = Cli.Run(project.Root, "build", "--pack", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown pack 'nowhere'", result.Error, StringComparison.Ordinal);
    }
}

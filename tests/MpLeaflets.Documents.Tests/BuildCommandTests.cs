using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public void A_checklist_that_does_not_fit_one_sheet_fails_with_how_much_it_overflows_and_writes_no_file()
    {
        using var project = TempProject.CopyOfRepository();
        var checklist = project.Read("content/documents/checklist.md");
        var longItem = "- [ ] " + string.Join(" ", Enumerable.Repeat("Bring every letter and every note the Home Office ever sent you.", 40));
        project.WriteDocument("checklist.md", checklist.Replace("- [ ] Mark the reasons you can answer", longItem, StringComparison.Ordinal));

        var result = Cli.Run(project.Root, "build", "--lang", "en", "--doc", "checklist,consent-mp-action");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"failed     en checklist: does not fit on both sides of one A4 sheet: it overflows by \d+(\.\d)? mm", result.Out);
        Assert.Contains("1 built, 0 unchanged, 0 skipped, 1 failed", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("output/en/checklist.pdf")));
        Assert.True(File.Exists(project.PathOf("output/en/consent-mp-action.pdf")), "one failure does not stop the others");
    }

    [Fact]
    public void A_language_with_outdated_units_is_skipped_with_the_reason_in_the_summary()
    {
        using var project = TempProject.CopyOfRepository();
        var leaflet = project.Read("content/documents/leaflet.md");
        project.WriteDocument("leaflet.md", leaflet.Replace(
            "Ask for a meeting in advance, so the right person from the MP's office is there.",
            "Ask for a meeting well in advance, so the right person from the MP's office is there.", StringComparison.Ordinal));
        Assert.Equal(0, Cli.Run(project.Root, "sync").ExitCode);

        var result = Cli.Run(project.Root, "build", "--lang", "fa", "--doc", "leaflet,consent-mp-action");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped    fa leaflet: 1 outdated unit", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 built, 0 unchanged, 1 skipped, 0 failed", result.Out, StringComparison.Ordinal);
        Assert.Contains("skipped:\n  fa leaflet: 1 outdated unit", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // Where it is, as the help promises: translations/<lang>.csv:LINE and the unit's id.
        var row = TranslationFile.Read(project.PathOf("translations/fa.csv"), "fa").Rows.Single(r => r.State == TranslationState.Outdated);
        Assert.Contains($"fa leaflet: 1 outdated unit (translations/fa.csv:{row.Line}: {row.Id})", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("output/fa/leaflet.pdf")));
    }

    [Fact]
    public void With_english_fallback_the_outdated_unit_prints_in_english_and_the_footer_says_so()
    {
        using var project = TempProject.CopyOfRepository();
        const string changed = "Ask for a meeting well in advance, so the right person from the MP's office is there.";
        var leaflet = project.Read("content/documents/leaflet.md");
        project.WriteDocument("leaflet.md", leaflet.Replace(
            "Ask for a meeting in advance, so the right person from the MP's office is there.", changed, StringComparison.Ordinal));
        Assert.Equal(0, Cli.Run(project.Root, "sync").ExitCode);

        var result = Cli.Run(project.Root, "build", "--lang", "fa", "--doc", "leaflet", "--allow-english-fallback");

        Assert.Equal(0, result.ExitCode);
        var text = Pdfs.Text(project.PathOf("output/fa/leaflet.pdf"));
        Assert.Contains(Pdfs.Letters(changed), Pdfs.Letters(text), StringComparison.Ordinal);
        Assert.Empty(Pdfs.MissingWords(text, "Some parts are in English because they have not been translated yet."));
        var entry = Manifest.Read(project.PathOf("output/manifest.json"))["fa/leaflet.pdf"];
        Assert.Equal(1, entry.Units["english"]);
    }

    [Fact]
    public void A_second_build_rebuilds_nothing_and_after_one_translation_changes_only_that_language_rebuilds()
    {
        using var project = TempProject.CopyOfRepository();
        string[] args = ["build", "--lang", "fr,sq", "--doc", "checklist,consent-mp-action"];

        var first = Cli.Run(project.Root, args);
        var second = Cli.Run(project.Root, args);

        Assert.Contains("4 built, 0 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 built, 4 unchanged, 0 skipped, 0 failed", second.Out, StringComparison.Ordinal);
        Assert.Contains("nothing changed since the last build", second.Out, StringComparison.Ordinal);

        var path = project.PathOf("translations/fr.csv");
        var file = TranslationFile.Read(path, "fr");
        var target = file.Rows.First(r => r.Id.StartsWith("checklist.", StringComparison.Ordinal) && r.Source.StartsWith("Mark the reasons", StringComparison.Ordinal));
        file.WithRows(file.Rows.Select(r => r == target ? r with { Translation = r.Translation + " (toutes)" } : r).ToList()).Write(path);

        var third = Cli.Run(project.Root, args);

        Assert.Contains("built      fr/checklist.pdf", third.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged  fr/consent-mp-action.pdf", third.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged  sq/checklist.pdf", third.Out, StringComparison.Ordinal);
        Assert.Contains("1 built, 3 unchanged", third.Out, StringComparison.Ordinal);
        Assert.Contains("(toutes)", Pdfs.Text(project.PathOf("output/fr/checklist.pdf")), StringComparison.Ordinal);

        var forced = Cli.Run(project.Root, [.. args, "--force"]);
        Assert.Contains("4 built, 0 unchanged", forced.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_document_is_bad_input_and_builds_nothing()
    {
        using var project = TempProject.CopyOfRepository();

        var result = Cli.Run(project.Root, "build", "--doc", "leaflett");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown document 'leaflett'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.PathOf("output")));
    }

    [Fact]
    public void Out_writes_elsewhere_with_its_own_manifest_and_english_can_be_built_alone()
    {
        using var project = TempProject.CopyOfRepository();
        var elsewhere = project.PathOf("print-run");

        var result = Cli.Run(project.Root, "build", "--lang", "en", "--doc", "consent-mp-action", "--out", "print-run");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, "en", "consent-mp-action.pdf")));
        Assert.Contains("en/consent-mp-action.pdf", File.ReadAllText(Path.Combine(elsewhere, "manifest.json")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.PathOf("output")));
    }

    [Fact]
    public void An_unknown_language_is_bad_input()
    {
        using var project = TempProject.CopyOfRepository();

        var result = Cli.Run(project.Root, "build", "--lang", "xx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown language 'xx'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_lays_out_right_to_left_with_tick_boxes_on_the_right_for_arabic()
    {
        using var project = TempProject.CopyOfRepository();
        var loaded = ContentProject.Load(project.Root);
        var report = PdfBuild.Run(loaded, new BuildRequest(project.PathOf("output"), [loaded.Languages.Require("ar")], ["checklist"]));

        Assert.Equal(BuildOutcome.Built, report.Items.Single().Outcome);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(project.PathOf("output/ar/checklist.pdf"));
        var page = pdf.GetPage(1);
        // Boxes are 5 mm squares drawn as paths; on a right-to-left page the first one is in the right half.
        var boxes = page.Paths
            .Select(p => p.GetBoundingRectangle()).Where(r => r is { } b && Math.Abs(b.Width - (5 * 72 / 25.4)) < 1.5 && Math.Abs(b.Height - (5 * 72 / 25.4)) < 1.5)
            .Select(r => r!.Value).ToList();
        Assert.NotEmpty(boxes);
        Assert.True(boxes.OrderByDescending(b => b.Top).First().Left > page.Width / 2, "the first tick box is on the right");
    }
}

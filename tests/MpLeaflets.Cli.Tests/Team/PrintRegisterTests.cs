using MpLeaflets.Cli;
using MpLeaflets.Printing;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Team;

/// <summary>The print register (content/print-log.csv) and the recall list of paper now out of date.</summary>
public sealed class PrintRegisterTests : IDisposable
{
    private const string Pack = "detention-harmondsworth-ar-fa";
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    private Cli.Result Run(params string[] args) => Cli.Run(_project.Root, args);

    private void BuildAndPrint()
    {
        Assert.Equal(ExitCodes.Ok, Run("build", "--pack", Pack).ExitCode);
        var printed = Run("printed", Pack, "--copies", "40", "--date", "2026-11-30");
        Assert.True(printed.ExitCode == 0, printed.Error);
        Assert.Contains($"print 1 recorded in content/print-log.csv: 40 copies of {Pack} for harmondsworth on 2026-11-30", printed.Out);
    }

    private void EditEnglish(string from, string to)
    {
        var path = _project.PathOf("content/documents/leaflet.md");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Ok, Run("sync").ExitCode);
    }

    [Fact]
    public void Printing_records_every_file_of_the_pack_with_its_sha256_and_the_state_of_each_unit_it_printed()
    {
        BuildAndPrint();

        var log = PrintLog.Read(_project.Root);
        Assert.Equal(["ar local-details", "ar leaflet", "ar checklist", "ar consent-supporter", "ar consent-mp-action", "fa local-details", "fa leaflet", "fa checklist", "fa consent-supporter", "fa consent-mp-action", "ar,fa pack"],
            log.Select(r => $"{r.Language} {r.Document}"));
        Assert.All(log, r => Assert.Equal((1, "2026-11-30", Pack, "harmondsworth", 40), (r.Print, r.PrintedOn.ToString("yyyy-MM-dd"), r.Pack, r.Place, r.Copies)));
        var manifest = File.ReadAllText(_project.PathOf("output/manifest.json"));
        Assert.All(log, r => Assert.Contains($"\"sha256\": \"{r.Sha256}\"", manifest));
        var leaflet = log.Single(r => r.Language == "ar" && r.Document == "leaflet");
        Assert.Equal("ar/leaflet.booklet.pdf", leaflet.File);
        Assert.All(leaflet.Units, u => Assert.Equal("translated", u.State));
        Assert.Contains(leaflet.Units, u => u.Id == "common.not-reviewed");
        Assert.Contains("Printed packs (content/print-log.csv): the latest print of each is up to date.", Run("status").Out);
    }

    [Fact]
    public void The_recall_list_names_a_printed_pack_after_its_leaflets_English_changes_and_says_fact_changed_when_a_phone_number_did()
    {
        BuildAndPrint();

        EditEnglish("If you have a lawyer, ask them before you contact an MP.", "If you have a lawyer, ask them first, before you contact an MP.");
        var wording = Run("status").Out;
        EditEnglish("phone the House of Commons on 020 7219 3000.", "phone the House of Commons on 020 7219 4272.");
        var phone = Run("status").Out;

        Assert.Contains($"Printed packs now out of date (replace this paper; content/print-log.csv):\n  {Pack} for harmondsworth: 40 copies printed 2026-11-30 (print 1)\n"
            + "    ar leaflet: 1 unit changed since\n    fa leaflet: 1 unit changed since\n", wording);
        Assert.Contains("    ar leaflet: 2 units changed since; fact changed (a number, phone, address or date)\n", phone);
        Assert.Contains("    fa leaflet: 2 units changed since; fact changed", phone);
        Assert.DoesNotContain("checklist", phone[phone.IndexOf("Printed packs", StringComparison.Ordinal)..]);
        Assert.Contains($"  {Pack} for harmondsworth: 40 copies printed 2026-11-30 (print 1)", Run("build", "--lang", "ar", "--doc", "checklist").Out);
    }

    [Fact]
    public void A_place_whose_constituency_changed_is_a_changed_fact_on_its_page_of_local_details()
    {
        BuildAndPrint();
        var places = _project.PathOf("content/places.csv");
        File.WriteAllText(places, File.ReadAllText(places).Replace("Hayes and Harlington", "Uxbridge and South Ruislip", StringComparison.Ordinal));

        var status = Run("status").Out;

        Assert.Contains("    ar local-details: 1 unit changed since; fact changed", status);
        Assert.Contains("    fa local-details: 1 unit changed since; fact changed", status);
    }

    [Fact]
    public void Printing_the_pack_again_for_the_same_place_takes_the_earlier_print_off_the_recall_list()
    {
        BuildAndPrint();
        EditEnglish("If you have a lawyer, ask them before you contact an MP.", "If you have a lawyer, ask them first, before you contact an MP.");
        Assert.Contains("out of date", Run("status").Out);

        // The changed English is translated (here: the old translation confirmed, as F2 does), built and printed again.
        foreach (var code in new[] { "ar", "fa" })
        {
            var path = _project.PathOf($"translations/{code}.csv");
            var file = TranslationFile.Read(path, code);
            file.WithRows([.. file.Rows.Select(r => r.State == TranslationState.Outdated ? r with { State = TranslationState.Translated, PreviousSource = "" } : r)]).Write(path);
        }
        Assert.Equal(ExitCodes.Ok, Run("build", "--pack", Pack).ExitCode);
        Assert.Equal(ExitCodes.Ok, Run("printed", Pack, "--copies", "10").ExitCode);

        Assert.Contains("the latest print of each is up to date", Run("status").Out);
        Assert.Equal(2, PrintLog.Read(_project.Root).Max(r => r.Print));
    }

    [Theory]
    [InlineData("--copies", "0")]
    [InlineData("--copies", "40", "--date", "30/11/2026")]
    [InlineData("--copies", "40", "--date", "2999-01-01")]
    public void Bad_options_are_refused_with_what_to_do_and_nothing_is_written(params string[] options)
    {
        Assert.Equal(ExitCodes.Ok, Run("build", "--pack", Pack).ExitCode);
        var before = _project.Snapshot();

        var result = Run(["printed", Pack, .. options]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Matches("error: --(copies|date) .*(must be|is not a day).*\\. Give", result.Error);
        Assert.Equal(before.Keys, _project.Snapshot().Keys);
    }

    [Fact]
    public void A_pack_not_built_or_built_before_the_last_change_cannot_be_recorded_as_printed()
    {
        var unbuilt = Run("printed", Pack, "--copies", "40");
        Assert.Equal(ExitCodes.BadInput, unbuilt.ExitCode);
        Assert.Contains($"the pack {Pack} has not been built", unbuilt.Error);
        Assert.Contains($"Run 'mpleaflets build --pack {Pack}'", unbuilt.Error);

        Assert.Equal(ExitCodes.Ok, Run("build", "--pack", Pack).ExitCode);
        var ar = _project.PathOf("translations/ar.csv");
        File.WriteAllText(ar, File.ReadAllText(ar).Replace("عضو البرلمان", "نائبك في البرلمان", StringComparison.Ordinal));
        var stale = Run("printed", Pack, "--copies", "40");

        Assert.Equal(ExitCodes.BadInput, stale.ExitCode);
        Assert.Contains("older than the project", stale.Error);
        Assert.False(File.Exists(_project.PathOf("content/print-log.csv")));
        Assert.Equal(ExitCodes.BadInput, Run("printed", "no-such-pack", "--copies", "1").ExitCode);
    }
}

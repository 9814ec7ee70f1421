using MpLeaflets.Cli;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Tests.Support;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Commands;

public sealed class HandoffCommandTests : IDisposable
{
    private readonly TempProject _sample = SampleTranslations.CopyOfRepositoryInEveryState();

    public void Dispose() => _sample.Dispose();

    private (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, CliConsole.Capture(output, error), _sample.Root);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("po")]
    public void Export_then_import_with_no_edits_changes_no_byte_of_any_translation_file(string format)
    {
        var before = SampleTranslations.TranslationBytes(_sample);
        var project = ContentProject.Load(_sample.Root);
        foreach (var code in project.Languages.Languages.Select(l => l.Code))
        {
            var units = project.ReadTranslations(project.Languages.Require(code)).ActiveRows.Count();
            var file = $"mp-leaflets-{code}.{format}";
            Assert.Equal(0, Run("export", "--lang", code, "--format", format, "--out", file).Exit);
            if (format == "po") { Assert.Equal((0, ""), Gettext.Check(_sample.PathOf(file))); }

            var (exit, output, error) = Run("import", file);

            Assert.Equal((0, ""), (exit, error));
            Assert.Contains($"{code}: 0 updated, {units} unchanged, 0 conflicts, 0 refused (nothing to write)", output);
        }
        Assert.Equal(before, SampleTranslations.TranslationBytes(_sample));
    }

    [Fact]
    public void A_translation_that_changes_a_number_is_refused_with_its_id_and_reason_and_the_good_rows_are_imported()
    {
        var (wrong, good) = WriteReturnedCsv("fr.csv");

        var (exit, output, _) = Run("import", "fr.csv");

        Assert.Equal(1, exit);
        Assert.Matches($"fr.csv:\\d+: refused {wrong.Id}: \\[(numbers|phones)\\] .*differ", output);
        Assert.Contains("fr: 1 updated, 0 unchanged, 0 conflicts, 1 refused (translations/fr.csv written)", output);
        var after = TranslationFile.Read(_sample.PathOf("translations/fr.csv"), "fr").Rows.ToDictionary(r => r.Id);
        Assert.Equal((good.Source, TranslationState.Translated), (after[good.Id].Translation, after[good.Id].State));
        Assert.Equal(wrong.Translation, after[wrong.Id].Translation);
    }

    [Fact]
    public void A_dry_run_reports_the_same_and_changes_nothing()
    {
        WriteReturnedCsv("fr.csv");
        var before = SampleTranslations.TranslationBytes(_sample);

        var (exit, output, _) = Run("import", "fr.csv", "--dry-run");

        Assert.Equal(1, exit);
        Assert.Contains("fr: 1 updated, 0 unchanged, 0 conflicts, 1 refused (dry run, nothing written)", output);
        Assert.Equal(before, SampleTranslations.TranslationBytes(_sample));
    }

    [Fact]
    public void An_unreadable_file_exits_with_2_naming_file_and_line_and_changes_nothing()
    {
        File.WriteAllText(_sample.PathOf("fr.po"), "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"leaflet.x\"\nmsgid \"unterminated\n");
        var before = SampleTranslations.TranslationBytes(_sample);

        var (exit, _, error) = Run("import", "fr.po");

        Assert.Equal(2, exit);
        Assert.Contains("fr.po:5:", error);
        Assert.Equal(before, SampleTranslations.TranslationBytes(_sample));
    }

    [Fact]
    public void A_file_whose_language_cannot_be_told_asks_for_lang()
    {
        WriteReturnedCsv("returned.csv");

        var (exit, _, error) = Run("import", "returned.csv");

        Assert.Equal(2, exit);
        Assert.Contains("Give --lang", error);
    }

    [Fact]
    public void A_PO_header_in_another_language_than_lang_stops_the_import()
    {
        Run("export", "--lang", "fa", "--format", "po", "--out", "fa.po");

        var (exit, _, error) = Run("import", "fa.po", "--lang", "ar");

        Assert.Equal(2, exit);
        Assert.Contains("Language: fa, but --lang is ar", error);
    }

    [Fact]
    public void A_file_named_for_another_language_than_lang_stops_the_import()
    {
        Run("export", "--lang", "ar", "--format", "csv", "--out", "ar.csv");
        var before = SampleTranslations.TranslationBytes(_sample);

        var (exit, _, error) = Run("import", "ar.csv", "--lang", "fa");

        Assert.Equal(2, exit);
        Assert.Contains("the file name says ar, but --lang is fa", error);
        Assert.Equal(before, SampleTranslations.TranslationBytes(_sample));
    }

    [Fact]
    public void Export_writes_only_the_states_and_documents_asked_for()
    {
        var (exit, output, _) = Run("export", "--lang", "ar", "--format", "csv", "--state", "untranslated,outdated", "--doc", "checklist", "--out", "ar.csv");

        Assert.Equal(0, exit);
        var rows = SpreadsheetCsv.Parse(File.ReadAllText(_sample.PathOf("ar.csv")), "ar.csv");
        Assert.Contains($"ar: {rows.Count} units written to ar.csv (csv).", output);
        Assert.All(rows, r => Assert.True(r.Id.StartsWith("checklist.", StringComparison.Ordinal) && r.State is "untranslated" or "outdated"));
    }

    [Fact]
    public void Export_refuses_to_write_into_translations()
    {
        var before = SampleTranslations.TranslationBytes(_sample);

        var (exit, _, error) = Run("export", "--lang", "fr", "--format", "csv", "--out", "translations/fr.csv");

        Assert.Equal(2, exit);
        Assert.Contains("outside translations/", error);
        Assert.Equal(before, SampleTranslations.TranslationBytes(_sample));
    }

    [Theory]
    [InlineData("export", "formula")]
    [InlineData("import", "--overwrite-reviewed")]
    public void Help_explains_each_command(string command, string mentioned)
    {
        var (exit, output, _) = Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(mentioned, output);
    }

    /// <summary>A returned spreadsheet with one good new translation and one that changes a number.</summary>
    private (TranslationRow Wrong, TranslationRow Good) WriteReturnedCsv(string name)
    {
        var rows = TranslationFile.Read(_sample.PathOf("translations/fr.csv"), "fr").ActiveRows.ToList();
        var wrong = rows.First(r => r.Source.Contains("020 7219 3000", StringComparison.Ordinal) && r.Translation.Length > 0);
        var good = rows.First(r => r.State == TranslationState.Untranslated && !r.Source.Any(char.IsDigit) && !r.Source.Contains('['));
        HandoffRow[] returned =
        [
            HandoffExport.ToHandoff(wrong) with { Translation = wrong.Translation.Replace("3000", "3001"), Line = 2 },
            HandoffExport.ToHandoff(good) with { Translation = good.Source, Line = 3 },
        ];
        File.WriteAllBytes(_sample.PathOf(name), SpreadsheetCsv.Write(returned));
        return (wrong, good);
    }
}

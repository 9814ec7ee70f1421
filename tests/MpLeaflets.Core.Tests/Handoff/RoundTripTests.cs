using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Tests.Support;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Handoff;

public sealed class RoundTripTests
{
    public static TheoryData<HandoffFormat, bool> FormatsAndSamples => new()
    {
        { HandoffFormat.Csv, false }, { HandoffFormat.Po, false }, { HandoffFormat.Csv, true }, { HandoffFormat.Po, true },
    };

    /// <summary>The repository's own translations, or the same units filled in every state with awkward text.</summary>
    private static TempProject Copy(bool everyState) =>
        everyState ? SampleTranslations.CopyOfRepositoryInEveryState() : TempProject.CopyOfRepository();

    [Theory]
    [MemberData(nameof(FormatsAndSamples))]
    public void Export_then_import_with_no_edits_changes_nothing_for_every_language(HandoffFormat format, bool everyState)
    {
        using var sample = Copy(everyState);
        var project = ContentProject.Load(sample.Root);
        foreach (var language in project.Languages.Languages)
        {
            var file = project.ReadTranslations(language);
            var exported = HandoffExport.Write(format, language, new DateOnly(2026, 11, 27), HandoffExport.Rows(file, new ExportFilter()));

            var document = HandoffFile.Parse(Encoding.UTF8.GetString(exported), $"{language.Code}.{format.ToString().ToLowerInvariant()}");
            var result = Importer.Import(file, language, document.Rows);

            Assert.Equal(file.ToCsv(), result.File.ToCsv());
            Assert.Equal((0, file.ActiveRows.Count(), 0, 0), (result.Updated, result.Unchanged, result.Conflicts.Count, result.Refused.Count));
            Assert.False(result.Changed);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Msgfmt_check_accepts_every_exported_PO_file(bool everyState)
    {
        using var sample = Copy(everyState);
        var project = ContentProject.Load(sample.Root);
        foreach (var language in project.Languages.Languages)
        {
            var rows = HandoffExport.Rows(project.ReadTranslations(language), new ExportFilter());
            var path = sample.PathOf($"{language.Code}.po");
            File.WriteAllBytes(path, HandoffExport.Write(HandoffFormat.Po, language, new DateOnly(2026, 11, 27), rows));

            var (exitCode, errors) = Gettext.Check(path);

            Assert.True(exitCode == 0 && errors.Length == 0, $"msgfmt --check refused {language.Code}.po:\n{errors}");
        }
    }

    [Fact]
    public void A_PO_file_rewrapped_by_msgcat_imports_with_no_change_for_every_language()
    {
        using var sample = SampleTranslations.CopyOfRepositoryInEveryState();
        var project = ContentProject.Load(sample.Root);
        foreach (var language in project.Languages.Languages)
        {
            var file = project.ReadTranslations(language);
            var path = sample.PathOf($"{language.Code}.po");
            File.WriteAllBytes(path, HandoffExport.Write(HandoffFormat.Po, language, new DateOnly(2026, 11, 27), HandoffExport.Rows(file, new ExportFilter())));
            Assert.Equal((0, ""), Gettext.Run("msgcat", "--width=30", "-o", path + ".w", path));

            var result = Importer.Import(file, language, PoReader.Parse(File.ReadAllText(path + ".w"), "rewrapped.po").Rows);

            Assert.Equal((0, file.ActiveRows.Count(), 0, 0), (result.Updated, result.Unchanged, result.Conflicts.Count, result.Refused.Count));
        }
    }

    [Fact]
    public void Only_the_states_and_documents_asked_for_are_exported()
    {
        using var sample = SampleTranslations.CopyOfRepositoryInEveryState();
        var project = ContentProject.Load(sample.Root);
        var file = project.ReadTranslations(project.Languages.Require("fa"));

        var rows = HandoffExport.Rows(file, new ExportFilter(
            new HashSet<TranslationState> { TranslationState.Untranslated, TranslationState.Outdated },
            new HashSet<string> { "checklist" }));

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Id.StartsWith("checklist.", StringComparison.Ordinal) && r.State is "untranslated" or "outdated", r.Id));
    }
}

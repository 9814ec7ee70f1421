using System.Text.RegularExpressions;
using MpLeaflets.Cli;
using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests;

/// <summary>mpleaflets review-sheet: the paper a native speaker checks a translation on.</summary>
public sealed partial class ReviewSheetTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    private (string Path, IReadOnlyList<TranslationRow> Units) Sheet(string code, string document = "leaflet")
    {
        var result = Cli.Run(_project.Root, "review-sheet", "--lang", code, "--doc", document, "-o", $"review-{code}.pdf");
        Assert.True(result.ExitCode == 0, result.Error);
        var project = ContentProject.Load(_project.Root);
        var units = ReviewOrder.Of(project.ReadTranslations(project.Languages.Require(code)).Rows, project.Documents, document);
        Assert.Contains($"{code}: review sheet of {units.Count} units", result.Out);
        return (_project.PathOf($"review-{code}.pdf"), units);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("ur")]
    public void A_review_sheet_for_a_right_to_left_language_renders_and_its_text_gives_back_both_columns(string code)
    {
        var (path, units) = Sheet(code);

        Assert.All(Pdfs.PageSizes(path), size => Assert.Equal((Math.Round(Pdfs.A4Width), Math.Round(Pdfs.A4Height)), (Math.Round(size.Width), Math.Round(size.Height))));
        Assert.Equal(0, Pdfs.Check(path).Code);
        foreach (var (reader, text) in Pdfs.TextInEveryReader(path))
        {
            Assert.Contains("Reviewer's name", text);
            Assert.Equal(units.Count, CorrectBoxes().Matches(text).Count);
            // Every item once, whatever order a reader's layout analysis gives the blocks of a page.
            Assert.Equal(units.Select(u => u.Id).Order(), UnitIds().Matches(text).Select(m => m.Value).Order());
            foreach (var unit in units)
            {
                Assert.True(Pdfs.MissingWords(text, unit.Source).Count == 0, $"{reader}: the English of {unit.Id} \"{unit.Source}\" is not in the text");
            }
        }

        // In the order the sheet numbers them, as the PDF stores them (poppler's default mode may reorder
        // blocks of a page by their position: Nastaliq lines are tall).
        Assert.Equal(units.Select(u => u.Id), UnitIds().Matches(Pdfs.Text(path)).Select(m => m.Value));

        // The translations, read back by poppler (MuPDF reads the Arabic glyphs of today's PDF writer as
        // presentation forms: shared/notes/pdf-writer.md; that writer is being replaced).
        var poppler = Pdfs.TextInEveryReader(path).First().Text;
        foreach (var unit in units)
        {
            var translation = Regex.Replace(unit.Translation, @"\*\*|\[|\]\([^)]*\)", "");
            var missing = Pdfs.MissingWords(poppler, translation);
            // Two known faults of today's PDF writer (shared/notes/pdf-writer.md): poppler cuts an Arabic word at a
            // zero-width mark (a tanween, a shadda), and gives a stacked Nastaliq letter a line of its own. Only
            // then, every letter must still be there.
            if (missing.Count > 0 && (code == "ur" || missing.All(w => WithMark(translation, w))))
            {
                missing = Pdfs.MissingLetters(poppler, translation);
            }
            Assert.True(missing.Count == 0, $"{code} {unit.Id}: [{string.Join(", ", missing)}] of \"{unit.Translation}\" not in the text");
        }
    }

    [Fact]
    public void The_editors_review_mode_walks_the_units_in_the_order_the_sheet_numbers_them()
    {
        var (path, _) = Sheet("fa", "checklist");
        var printed = UnitIds().Matches(Pdfs.Text(path)).Select(m => m.Value).ToList();

        var session = EditorSession.Open(ContentProject.Load(_project.Root), reviewer: "Amina Hassan");
        session.SelectLanguage("fa");
        session.SetDocumentFilter("checklist");
        session.SetReviewMode(true);

        Assert.Equal(printed, session.Visible.Select(i => session.Current!.Rows[i].Id));
        Assert.Contains($"review 1 of {printed.Count}", session.StatusLine);
        Assert.True(printed.Count > 10);
    }

    [Fact]
    public void A_unit_already_signed_off_says_by_whom_and_an_outdated_one_asks_for_a_check_against_the_new_English()
    {
        var path = _project.PathOf("translations/fr.csv");
        var file = TranslationFile.Read(path, "fr");
        var (signed, outdated) = (file.Rows[1].Id, file.Rows[2].Id);
        file.WithRows([.. file.Rows.Select(r => r.Id == signed ? r with { State = TranslationState.Reviewed, Review = new SignOff("Amina Hassan", new DateOnly(2026, 3, 2)) }
            : r.Id == outdated ? r with { State = TranslationState.Outdated, PreviousSource = "Older English." } : r)]).Write(path);

        var text = Pdfs.Text(Sheet("fr").Path);

        Assert.Contains($"{signed} · already checked by Amina Hassan, 2026-03-02", text);
        Assert.Contains($"{outdated} · the English changed since this was translated", text);
    }

    [Theory]
    [InlineData("--lang", "xx", "-o", "r.pdf")]
    [InlineData("--lang", "ar", "--doc", "nothing", "-o", "r.pdf")]
    [InlineData("--lang", "ar", "-o", "translations/ar.pdf")]
    [InlineData("--lang", "ar")]
    public void Bad_options_are_refused_and_nothing_is_written(params string[] options)
    {
        var before = _project.Snapshot();

        var result = Cli.Run(_project.Root, ["review-sheet", .. options]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Equal(before.Keys.Order(), _project.Snapshot().Keys.Order());
    }

    /// <summary>Whether the word of <paramref name="text"/> whose letters are <paramref name="letters"/> carries a combining mark.</summary>
    private static bool WithMark(string text, string letters) =>
        text.Split(' ', '\n').Any(w => w.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            && Pdfs.MissingWords(letters, w).Count == 0);

    [GeneratedRegex(@"\b(?:leaflet|checklist|consent-supporter|consent-mp-action|common)\.[0-9a-z-]+\b")]
    private static partial Regex UnitIds();

    /// <summary>The word beside each tick box, on its own line (the instructions use the word in sentences).</summary>
    [GeneratedRegex(@"^[ \t]*correct[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex CorrectBoxes();
}

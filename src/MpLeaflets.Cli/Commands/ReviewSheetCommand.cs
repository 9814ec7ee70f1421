using System.CommandLine;
using MpLeaflets.Documents;
using MpLeaflets.Documents.Build;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets review-sheet: a PDF on which a native speaker checks a language's translations with a pen.</summary>
public static class ReviewSheetCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = CliOptions.Language("The language to review (one code, e.g. ar).", required: true);
        var doc = new Option<string?>("--doc") { Description = "Only this document (an id, e.g. leaflet). Default: every document, in print order." };
        var output = CliOptions.Output("The PDF to write (e.g. review-ar.pdf).", required: true);
        var command = new Command("review-sheet", """
            Write a review sheet for a native speaker who works on paper: for every unit with a translation
            (translated, reviewed, or outdated), in document order and numbered, the unit id, the English
            and the translation side by side (each in its own direction and fonts), a box to tick when the
            translation is correct, and lines for a correction; the reviewer's name and the date at the top.
            Enter the verdicts with 'mpleaflets edit -l L --reviewer NAME': Shift+F3 walks the same units
            in the same order, F3 marks one reviewed (signed with the name and the day) and moves on.
            The file is refused inside content/ or translations/. Exit codes: 0 written, 1 a character no
            font can draw, 2 bad input or usage.
            """) { doc, output };
        lang.AddTo(command);
        command.SetAction(parse => Run(context(parse), lang.Get(parse)!, parse.GetValue(doc), parse.GetValue(output)!));
        return command;
    }

    public static int Run(CommandContext context, string lang, string? documentId, string output)
    {
        var project = context.Project;
        var language = project.Languages.Require(lang);
        if (documentId is not null && project.Documents.All(d => d.Id != documentId))
        {
            throw ContentException.Usage($"--doc: there is no document '{documentId}'", $"Documents: {string.Join(", ", project.Documents.Select(d => d.Id))}");
        }
        var file = project.ReadTranslations(language);
        if (Synchronizer.Sync(file, project.Documents).ChangedRows(file))
        {
            context.Console.Error.WriteLine($"{context.Console.Yellow("warning")}: {TranslationFile.RelativePath(language.Code)} is behind the English; run 'mpleaflets sync' first so the reviewer checks the current English.");
        }
        var path = OutputPaths.File(context.Root, output, context.CurrentDirectory, $"review-{language.Code}.pdf", ".pdf");
        var sheet = ReviewSheetBuilder.Build(project.Documents, language, file.Rows, documentId);
        var units = ReviewOrder.Of(file.Rows, project.Documents, documentId).Count;
        try
        {
            var pages = AtomicFile.Write(path, stream => sheet.WriteTo(stream).PageCount);
            context.Console.Out.WriteLine($"{language.Code}: review sheet of {units} units, {BuildItem.Pages(pages)}, written to {output}.");
            return ExitCodes.Ok;
        }
        catch (MissingGlyphException e)
        {
            context.Console.Error.WriteLine($"{context.Console.Red("error")}: {e.Message}");
            return ExitCodes.ProblemsFound;
        }
    }
}

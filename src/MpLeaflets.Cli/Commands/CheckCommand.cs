using System.CommandLine;
using MpLeaflets.Checks;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets check: translation quality checks, exit 1 on any error.</summary>
public static class CheckCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = CliOptions.Languages("Only these languages (comma-separated codes).");
        var noWarnings = new Option<bool>("--errors-only") { Description = "Print errors only." };
        var command = new Command("check", """
            Check translations. Errors (exit 1): a number, phone number, web or e-mail address or {{placeholder}}
            differs from the English; the Markdown differs (links and targets, bold, emphasis, code);
            an empty translation marked translated or reviewed; a unit a merge left with two versions
            (choose one in 'mpleaflets edit', Ctrl+W). Warnings: spaces at the ends, final punctuation,
            identical to English, much longer than English, text not in the language's script, reviewed
            without a reviewer's name and date.
            Each finding names translations/<lang>.csv:<line> and the unit id.
            """) { lang, noWarnings };
        command.SetAction(parse => Run(context(parse), parse.GetValue(lang), parse.GetValue(noWarnings)));
        return command;
    }

    public static int Run(CommandContext context, string? langs, bool errorsOnly)
    {
        var console = context.Console;
        var languages = context.SelectLanguages(langs);
        var files = languages.Select(l => (language: l, file: context.Project.ReadTranslations(l))).ToList();
        int errors = 0, warnings = 0;
        foreach (var (language, file) in files)
        {
            foreach (var row in file.Rows)
            {
                foreach (var finding in TranslationChecker.Check(row, language))
                {
                    if (finding.Severity == Severity.Error) { errors++; } else { warnings++; }
                    if (errorsOnly && finding.Severity != Severity.Error) { continue; }
                    var label = finding.Severity == Severity.Error ? console.Red("error") : console.Yellow("warning");
                    console.Out.WriteLine($"{TranslationFile.RelativePath(language.Code)}:{row.Line}: {label} [{finding.Check}] {finding.UnitId}: {finding.Message}. {finding.Fix}.");
                }
            }
        }
        console.Out.WriteLine($"{errors} errors, {warnings} warnings in {files.Count} {(files.Count == 1 ? "language" : "languages")}.");
        return errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

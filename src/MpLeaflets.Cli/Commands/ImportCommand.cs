using System.CommandLine;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets import: bring a translator's CSV or PO file back into translations/&lt;lang&gt;.csv.</summary>
public static class ImportCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV or PO file a translator sent back (the format is told by its extension or content)." };
        var lang = CliOptions.Language("Its language. Default: the PO header's Language, or a language code in the file name (ar.csv, leaflets-fa.po).");
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change, and write nothing." };
        var overwrite = new Option<bool>("--overwrite-reviewed") { Description = "Replace reviewed translations the file changes (they become translated and need a new review)." };
        var command = new Command("import", """
            Read a file made by 'mpleaflets export' and edited by a translator, and apply it to
            translations/<lang>.csv. Rows are matched by unit id. Refused, with the reason: a row whose
            English changed in the project since the export or was edited in the file (export again), a
            translation with an error of 'mpleaflets check' (a changed number, phone, address, link or
            Markdown), an unknown id, a unit a merge left in conflict (choose one version first).
            Conflicts, not applied: a reviewed translation the file changes (applied with
            --overwrite-reviewed), and a translation changed in the project after the file was exported
            that the file changes too (two translators from one export). A row the file left as it was
            exported never puts an older translation back. An empty cell or msgstr never deletes a
            translation. A changed translation becomes translated (PO: outdated while it is fuzzy; CSV:
            reviewed if the state column says so, signed off with the reviewer column's name and the
            reviewed_on day, and refused without a name); removing fuzzy from an outdated unit confirms it.
            translations/<lang>.csv is written atomically, and only if something changed; one writer at a
            time (another waits). Exit 1 if any row was refused or is in conflict (the other rows are
            applied); exit 2 if the file cannot be read (nothing is applied).
            """) { file, dryRun, overwrite };
        lang.AddTo(command);
        command.SetAction(parse => Run(context(parse), parse.GetValue(file)!, lang.Get(parse), parse.GetValue(dryRun), parse.GetValue(overwrite)));
        return command;
    }

    public static int Run(CommandContext context, string path, string? lang, bool dryRun, bool overwriteReviewed)
    {
        var console = context.Console;
        var document = HandoffFile.Read(Path.GetFullPath(path, context.CurrentDirectory), path);
        // Read, check and write under the lock: a sync at the same time cannot lose this import, nor this import the sync.
        using var writing = dryRun ? null : context.LockForWriting("import");
        var project = context.Project;
        var language = LanguageOf(project.Languages, document, path, lang);
        var result = Importer.Import(project.ReadTranslations(language), language, document.Rows, overwriteReviewed);
        foreach (var issue in result.Refused)
        {
            console.Out.WriteLine($"{path}:{Math.Max(issue.Line, 1)}: {console.Red("refused")} {Id(issue)}: {issue.Reason}.");
        }
        foreach (var issue in result.Conflicts)
        {
            console.Out.WriteLine($"{path}:{Math.Max(issue.Line, 1)}: {console.Yellow("conflict")} {Id(issue)}: {issue.Reason}.");
        }
        var written = !result.Changed ? "nothing to write" : dryRun ? "dry run, nothing written" : $"{TranslationFile.RelativePath(language.Code)} written";
        console.Out.WriteLine($"{language.Code}: {result.Updated} updated, {result.Unchanged} unchanged, {result.Conflicts.Count} conflicts, {result.Refused.Count} refused ({written}).");
        if (result.Changed && !dryRun)
        {
            result.File.Write(project.TranslationPath(language.Code));
        }
        return result.Refused.Count > 0 || result.Conflicts.Count > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static string Id(ImportIssue issue) => issue.UnitId.Length > 0 ? issue.UnitId : "(no id)";

    /// <summary>A file applied to the wrong language would put e.g. Persian into Arabic (the unit ids
    /// are the same in every language), so a PO header or a file name that names another language
    /// than --lang stops the import.</summary>
    private static Language LanguageOf(LanguageCatalog catalog, HandoffDocument document, string path, string? lang)
    {
        var fromHeader = document.Language is { } header ? LanguageGuess.FromHeader(header, catalog) : null;
        if (lang is not null)
        {
            var chosen = catalog.Require(lang);
            if (document.Language is not null && fromHeader != chosen)
            {
                throw new ContentException(path, 0, $"the file's header says Language: {document.Language}, but --lang is {chosen.Code}",
                    "Check you are importing the right file; nothing was imported");
            }
            if (document.Language is null && LanguageGuess.FromFileName(path, catalog) is { } named && named != chosen)
            {
                throw new ContentException(path, 0, $"the file name says {named.Code}, but --lang is {chosen.Code}",
                    "Check you are importing the right file, or rename it; nothing was imported");
            }
            return chosen;
        }
        if (fromHeader is not null) { return fromHeader; }
        if (document.Language is not null)
        {
            throw new ContentException(path, 0, $"the file's header says Language: {document.Language}, which is not a language of this project",
                $"Give --lang (one of {string.Join(", ", catalog.Languages.Select(l => l.Code))}); nothing was imported");
        }
        return LanguageGuess.FromFileName(path, catalog) ?? throw new ContentException(path, 0, "cannot tell the file's language from its name",
            $"Give --lang (one of {string.Join(", ", catalog.Languages.Select(l => l.Code))}); nothing was imported");
    }
}

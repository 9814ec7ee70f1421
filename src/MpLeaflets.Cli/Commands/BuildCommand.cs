using System.CommandLine;
using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Documents;
using MpLeaflets.Storage;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets build: print-ready PDFs in output/, incremental and parallel.</summary>
public static class BuildCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = CliOptions.Languages("Only these languages (comma-separated codes; 'en' is the English source). Default: English and every language.");
        var doc = new Option<string?>("--doc") { Description = "Only these documents (comma-separated ids, e.g. leaflet,checklist)." };
        var output = CliOptions.Output("Output folder (relative to the current folder). Default: output/ in the project.");
        var force = new Option<bool>("--force") { Description = "Rebuild even when nothing changed since the last build." };
        var fallback = new Option<bool>("--allow-english-fallback") { Description = "Print English for missing or outdated units (the footer says so) instead of skipping the document." };
        var pack = new Option<string?>("--pack") { Description = "Only these packs (comma-separated ids from content/packs.yaml) and the documents they hold. By default every pack is built when no --lang or --doc is given." };
        var largePrint = new Option<bool>("--large-print") { Description = "Every document in large print as output/<lang>/<document>.large-print.pdf: text 16 pt, English on forms 12 pt; checklists and forms then take the pages they need." };
        var command = new Command("build", """
            Write output/<lang>/<document>.pdf for every document in every language whose units are all
            translated or reviewed, none outdated, and none with an error of 'mpleaflets check' (a changed
            number, phone, address, link or Markdown, a bidi control); anything else is skipped with the
            reason and translations/<lang>.csv:LINE. Leaflets also get <document>.booklet.pdf (A4 landscape,
            print on both sides, flip on short edge, fold). Checklists and consent forms are set at 12 pt
            (English 9 pt) and use the back of their A4 sheet when they need it; one that does not fit the
            two sides fails, saying by how much it overflows.

            Packs go to output/packs/<pack>.pdf: a cover sheet giving the page ranges and how to print each
            (once; the booklets flip on short edge; the A4 sheets flip on long edge), then those ranges.

            A document whose inputs have not changed since the last build is not rebuilt.
            output/manifest.json lists every file with its pages, bytes, sha256 and the states of the units
            it printed. Last, the printed packs (content/print-log.csv) now out of date are listed, as
            'mpleaflets status' lists them.
            Exit codes: 0 ok, 1 a document failed, 2 bad input or usage.
            """) { lang, doc, pack, output, force, fallback, largePrint };
        command.SetAction(parse => Run(context(parse), new Settings(parse.GetValue(lang), parse.GetValue(doc), parse.GetValue(output),
            parse.GetValue(force), parse.GetValue(fallback), parse.GetValue(largePrint)) { Packs = parse.GetValue(pack) }));
        return command;
    }

    public sealed record Settings(string? Languages, string? Documents, string? Output, bool Force, bool AllowEnglishFallback, bool LargePrint)
    {
        public string? Packs { get; init; }
    }

    public static int Run(CommandContext context, Settings settings)
    {
        // The output folder is checked before anything is written; the lock is held to the end.
        var outDir = OutputPaths.Folder(context.Root, settings.Output ?? Path.Combine(context.Root, "output"), context.CurrentDirectory);
        using var writing = context.LockForWriting("build");
        var project = context.Project;
        var packs = SelectPacks(context, settings);
        if (packs is null)
        {
            return ExitCodes.BadInput;
        }

        // A pack needs its own languages and documents built first.
        var languages = SelectLanguages(context, settings.Languages ?? (settings.Packs is null ? null : string.Join(',', packs.SelectMany(p => p.Languages).Distinct())));
        var documents = SelectDocuments(context, settings.Documents ?? (settings.Packs is null ? null : string.Join(',', packs.SelectMany(p => p.Documents).Distinct())));
        if (documents is { Count: 0 })
        {
            return ExitCodes.BadInput;
        }

        var request = new BuildRequest(outDir, languages, documents, settings.Force, settings.AllowEnglishFallback, settings.LargePrint)
        {
            PackIds = packs.Select(p => p.Id).ToList(),
        };
        var console = context.Console;
        var total = (languages.Count * PdfBuild.Documents(project, request).Count) + packs.Count;
        var done = 0;
        var report = PdfBuild.Run(project, request, item =>
        {
            done++;
            if (console.IsTerminal)
            {
                // A progress bar on a terminal, with failures printed above it as they happen.
                if (item.Outcome == BuildOutcome.Failed) { console.Out.WriteLine("\r" + console.Red(item.Line).PadRight(60)); }
                var width = 30;
                var filled = total == 0 ? width : done * width / total;
                console.Out.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {item.Language} {item.Document}".PadRight(70));
            }
            else
            {
                console.Out.WriteLine(item.Line);
            }
        });
        if (console.IsTerminal) { console.Out.WriteLine(); }
        foreach (var line in report.SummaryLines())
        {
            console.Out.WriteLine(line);
        }

        RecallList.Write(context, console.Out, strict: false);

        return report.HasFailures ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static List<Content.Pack>? SelectPacks(CommandContext context, Settings settings)
    {
        var all = context.Project.Packs;
        if (settings.Packs is null)
        {
            return settings.Languages is null && settings.Documents is null && !settings.LargePrint ? [.. all] : [];
        }

        var wanted = settings.Packs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = wanted.Where(w => all.All(p => p.Id != w)).ToList();
        if (unknown.Count > 0)
        {
            context.Console.Error.WriteLine($"{context.Console.Red("error")}: unknown pack '{string.Join("', '", unknown)}'. Packs: {string.Join(", ", all.Select(p => p.Id))}.");
            return null;
        }

        return all.Where(p => wanted.Contains(p.Id)).ToList();
    }

    private static List<Content.Language> SelectLanguages(CommandContext context, string? codes)
    {
        if (string.IsNullOrWhiteSpace(codes))
        {
            return [EnglishLanguage.Instance, .. context.Project.Languages.Languages];
        }

        return codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c == EnglishLanguage.Code ? EnglishLanguage.Instance : context.Project.Languages.Require(c)).ToList();
    }

    private static List<string>? SelectDocuments(CommandContext context, string? ids)
    {
        if (string.IsNullOrWhiteSpace(ids))
        {
            return null;
        }

        var printed = context.Project.Documents.Where(d => DocumentBuilder.IsPrinted(d.Source.Kind)).Select(d => d.Id).ToList();
        var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = wanted.Where(w => !printed.Contains(w)).ToList();
        if (unknown.Count > 0)
        {
            context.Console.Error.WriteLine($"{context.Console.Red("error")}: unknown document '{string.Join("', '", unknown)}'. Printed documents: {string.Join(", ", printed)}.");
            return [];
        }

        return wanted;
    }
}

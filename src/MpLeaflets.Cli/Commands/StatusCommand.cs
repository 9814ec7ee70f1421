using System.CommandLine;
using System.Text.Json;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets status: a languages × documents table of how far each translation is, who reviewed it,
/// and the printed packs now out of date.</summary>
public static class StatusCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON: one object per language and document with language, document, total, translated, reviewed, outdated, untranslated, conflicts." };
        var lang = CliOptions.Languages("Only these languages (comma-separated codes).");
        var full = new Option<bool>("--long") { Description = "One row per language and document with the counts: total, translated, reviewed, outdated, missing, in conflict." };
        var command = new Command("status", """
            Show a table of languages × documents: the per cent of each document's units ready to print
            (translated or reviewed, not outdated), each language over all documents, and how much a
            reviewer has signed off; --long gives the counts behind it (translated, reviewed, outdated,
            untranslated, in conflict after a merge). Then who signed off the reviewed units, and when;
            then the printed packs (content/print-log.csv) whose English or translations changed since
            they were printed, so that the paper can be replaced.
            """) { lang, full, json };
        command.SetAction(parse => Run(context(parse), parse.GetValue(json), parse.GetValue(lang), parse.GetValue(full)));
        return command;
    }

    public static int Run(CommandContext context, bool json, string? langs, bool full = false)
    {
        var project = context.Project;
        var languages = context.SelectLanguages(langs);
        var statuses = new List<DocumentStatus>();
        var signOffs = new List<(string Language, IReadOnlyList<SignOffSummary> Reviewers)>();
        foreach (var language in languages)
        {
            var rows = File.Exists(project.TranslationPath(language.Code)) ? project.ReadTranslations(language).ActiveRows.ToList() : [];
            var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
            statuses.AddRange(project.Documents.Select(d => DocumentStatus.Count(language.Code, d, byId)));
            signOffs.Add((language.Code, SignOffSummary.Of(rows)));
        }
        if (json)
        {
            var items = statuses.Select(s => new { language = s.Language, document = s.Document, total = s.Total, translated = s.Translated, reviewed = s.Reviewed, outdated = s.Outdated, untranslated = s.Untranslated, conflicts = s.Conflicts });
            context.Console.Out.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }
        var o = context.Console.Out;
        if (full)
        {
            WriteCounts(context.Console, statuses);
        }
        else
        {
            StatusTable.Write(context.Console, [.. project.Documents.Select(d => d.Id)], statuses);
        }
        var complete = statuses.Count(s => s.IsComplete);
        o.WriteLine($"Complete (every unit ready to print): {complete} of {statuses.Count} language-document pairs.");
        var conflicts = statuses.Where(s => s.Conflicts > 0).Select(s => s.Language).Distinct().ToList();
        if (conflicts.Count > 0)
        {
            o.WriteLine(context.Console.Red($"Units a merge left in conflict (not printed until one version is chosen with 'mpleaflets edit', Ctrl+W): {string.Join(", ", conflicts.Select(l => $"{l} {statuses.Where(s => s.Language == l).Sum(s => s.Conflicts)}"))}"));
        }
        var signed = signOffs.Where(s => s.Reviewers.Count > 0).ToList();
        o.WriteLine(signed.Count == 0 ? "Signed off by a reviewer: none yet." : "Signed off by a reviewer:");
        foreach (var (code, reviewers) in signed)
        {
            o.WriteLine($"  {code,-8} {string.Join("; ", reviewers)}");
        }
        RecallList.Write(context, context.Console.Out);
        return ExitCodes.Ok;
    }

    private static void WriteCounts(CliConsole console, IReadOnlyList<DocumentStatus> statuses)
    {
        console.Out.WriteLine(console.Bold($"{"language",-9}{"document",-20}{"total",6}{"transl.",9}{"reviewed",9}{"outdated",9}{"missing",9}{"conflict",9}"));
        foreach (var s in statuses)
        {
            var line = $"{s.Language,-9}{s.Document,-20}{s.Total,6}{s.Translated,9}{s.Reviewed,9}{s.Outdated,9}{s.Untranslated,9}{s.Conflicts,9}";
            console.Out.WriteLine(s.IsComplete ? line : console.Yellow(line));
        }
    }
}

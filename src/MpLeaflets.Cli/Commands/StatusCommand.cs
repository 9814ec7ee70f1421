using System.CommandLine;
using System.Text.Json;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets status: a languages × documents table of how far each translation is.</summary>
public static class StatusCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON: one object per language and document with language, document, total, translated, reviewed, outdated, untranslated." };
        var lang = new Option<string?>("--lang") { Description = "Only these languages (comma-separated codes)." };
        var command = new Command("status", "Show, for every language and document, how many units are translated, reviewed, outdated and untranslated.") { json, lang };
        command.SetAction(parse => Run(context(parse), parse.GetValue(json), parse.GetValue(lang)));
        return command;
    }

    public static int Run(CommandContext context, bool json, string? langs)
    {
        var project = context.Project;
        var languages = context.SelectLanguages(langs);
        var statuses = new List<DocumentStatus>();
        foreach (var language in languages)
        {
            var rows = File.Exists(project.TranslationPath(language.Code))
                ? project.ReadTranslations(language).ActiveRows.ToDictionary(r => r.Id, StringComparer.Ordinal)
                : [];
            statuses.AddRange(project.Documents.Select(d => DocumentStatus.Count(language.Code, d, rows)));
        }
        if (json)
        {
            var items = statuses.Select(s => new { language = s.Language, document = s.Document, total = s.Total, translated = s.Translated, reviewed = s.Reviewed, outdated = s.Outdated, untranslated = s.Untranslated });
            context.Console.Out.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }
        var o = context.Console.Out;
        o.WriteLine(context.Console.Bold($"{"language",-9}{"document",-20}{"total",6}{"transl.",9}{"reviewed",9}{"outdated",9}{"missing",9}"));
        foreach (var s in statuses)
        {
            var line = $"{s.Language,-9}{s.Document,-20}{s.Total,6}{s.Translated,9}{s.Reviewed,9}{s.Outdated,9}{s.Untranslated,9}";
            o.WriteLine(s.IsComplete ? line : context.Console.Yellow(line));
        }
        var complete = statuses.Count(s => s.IsComplete);
        o.WriteLine($"{complete} of {statuses.Count} language-document pairs are complete (every unit translated or reviewed, none outdated).");
        return ExitCodes.Ok;
    }
}

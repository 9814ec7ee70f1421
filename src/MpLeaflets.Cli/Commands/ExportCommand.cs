using System.CommandLine;
using MpLeaflets.Csv;
using MpLeaflets.Handoff;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets export: one language's units as a file for a translator (spreadsheet CSV or PO).</summary>
public static class ExportCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = CliOptions.Language("The language to export (one code, e.g. ar); for tmx also 'all' (every language in one file).", required: true);
        var format = new Option<string?>("--format") { Description = "csv (for Excel, LibreOffice, Google Sheets), po (for Poedit, Weblate, Lokalize) or tmx (translation memory for OmegaT, memoQ, Trados). Default: from the output file's extension." };
        format.AcceptOnlyFromAmong("csv", "po", "tmx");
        var states = new Option<string?>("--state") { Description = "Only units in these states, comma-separated: untranslated, translated, reviewed, outdated (default: all four)." };
        var docs = new Option<string?>("--doc") { Description = "Only units of these documents, comma-separated ids (e.g. leaflet,checklist)." };
        var output = CliOptions.Output("The file to write (e.g. ar.csv or leaflets-ar.po).", required: true);
        var command = new Command("export", """
            Write one language's units to a file for a translator who does not use the terminal.
            csv: UTF-8 with BOM, CRLF, every field quoted; columns id, english, translation, state,
            previous_english, note, english_hash, reviewer, reviewed_on (a reviewer who sets the state to
            reviewed writes their name, and the day as YYYY-MM-DD or nothing for the day of the import),
            translation_hash (the translation the row starts from, so that a file exported before someone
            else's import never puts the older text back). A cell starting with =, +, -, @, tab or CR gets
            a leading ' so that spreadsheets do not run it as a formula; import removes it.
            po: msgctxt = unit id, msgid = English, msgstr = translation, the note as #. (and the
            translation_hash as '#. mpleaflets translation_hash …'); outdated units are fuzzy with the
            previous English as #| msgid. Exporting the same content twice gives the same bytes. Bring the
            file back with 'mpleaflets import FILE'.
            tmx: TMX 1.4b, the translation memory for OmegaT (put it in the project's tm/ folder), memoQ or
            Trados: one <tu> per unit (tuid = unit id) with the English and the translation, for units
            translated or reviewed for the current English that pass 'check'; a reviewer's sign-off is
            the tuv's changeid and changedate. --language all puts every language in one file. Not imported.
            The file is never one of the project's own, and an existing file is written over only if its
            name ends with the format (.csv, .po, .tmx).
            """) { format, states, docs, output };
        lang.AddTo(command);
        command.SetAction(parse => Run(context(parse), lang.Get(parse)!, parse.GetValue(format) ?? FormatOf(parse.GetValue(output)!),
            parse.GetValue(states), parse.GetValue(docs), parse.GetValue(output)!));
        return command;
    }

    public static int Run(CommandContext context, string lang, string format, string? states, string? docs, string output)
    {
        if (format == "tmx") { return TmxExport.Run(context, lang, ParseStates(states), ParseDocuments(docs, context.Project), output); }
        var project = context.Project;
        var language = project.Languages.Require(lang);
        var file = project.ReadTranslations(language);
        var filter = new ExportFilter(ParseStates(states), ParseDocuments(docs, project));
        if (Synchronizer.Sync(file, project.Documents).ChangedRows(file))
        {
            context.Console.Error.WriteLine($"{context.Console.Yellow("warning")}: {TranslationFile.RelativePath(language.Code)} is behind the English; run 'mpleaflets sync' first so the translator gets the current English.");
        }
        var rows = HandoffExport.Rows(file, filter);
        var documents = project.Documents.Where(d => filter.Documents is null || filter.Documents.Contains(d.Id)).ToList();
        var version = documents.Count == 0 ? DateOnly.MinValue : documents.Max(d => d.Source.Version);
        var kind = format == "po" ? HandoffFormat.Po : HandoffFormat.Csv;
        // The hand-off copy has other columns and escapes: written over a project file it would break the project.
        var path = OutputPaths.File(context.Root, output, context.CurrentDirectory, $"{language.Code}.{format}", "." + format);
        AtomicFile.WriteAllBytes(path, HandoffExport.Write(kind, language, version, rows));
        context.Console.Out.WriteLine($"{language.Code}: {rows.Count} units written to {output} ({format}).");
        return ExitCodes.Ok;
    }

    /// <summary>The format an output file's name asks for (ar.po → po), as a translator would expect.</summary>
    private static string FormatOf(string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".po" => "po",
        ".tmx" => "tmx",
        _ => throw ContentException.Usage($"'{output}' does not say which format to write", "Give --format csv, po or tmx, or name the file .csv, .po or .tmx"),
    };

    internal static HashSet<TranslationState>? ParseStates(string? states)
    {
        if (string.IsNullOrWhiteSpace(states)) { return null; }
        var set = new HashSet<TranslationState>();
        foreach (var name in states.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TranslationStates.TryParse(name.ToLowerInvariant(), out var state) || state == TranslationState.Obsolete)
            {
                throw ContentException.Usage($"--state: '{name}' is not a state that can be exported", "Use untranslated, translated, reviewed or outdated, separated by commas");
            }
            set.Add(state);
        }
        return set;
    }

    internal static HashSet<string>? ParseDocuments(string? docs, Content.ContentProject project)
    {
        if (string.IsNullOrWhiteSpace(docs)) { return null; }
        var ids = docs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => project.Documents.All(d => d.Id != id)))
        {
            throw ContentException.Usage($"--doc: there is no document '{id}'", $"Documents: {string.Join(", ", project.Documents.Select(d => d.Id))}");
        }
        return ids;
    }
}

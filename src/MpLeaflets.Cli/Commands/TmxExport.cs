using MpLeaflets.Handoff;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets export --format tmx: one language's translation memory, or every language's in one file.</summary>
internal static class TmxExport
{
    public static int Run(CommandContext context, string lang, HashSet<TranslationState>? states, HashSet<string>? documents, string output)
    {
        if (states is not null && states.Any(s => s is not (TranslationState.Translated or TranslationState.Reviewed)))
        {
            throw ContentException.Usage("--state: a translation memory holds only translated and reviewed units",
                "Use --state reviewed (only what a native speaker checked), translated, or both");
        }
        var project = context.Project;
        var all = string.Equals(lang, "all", StringComparison.OrdinalIgnoreCase);
        var languages = (all ? project.Languages.Languages : [project.Languages.Require(lang)])
            .Select(l => (Language: l, File: project.ReadTranslations(l))).ToList();
        foreach (var (language, file) in languages.Where(l => Synchronizer.Sync(l.File, project.Documents).ChangedRows(l.File)))
        {
            context.Console.Error.WriteLine($"{context.Console.Yellow("warning")}: {TranslationFile.RelativePath(language.Code)} is behind the English; run 'mpleaflets sync' first.");
        }
        var filter = new ExportFilter(states, documents);
        var path = OutputPaths.File(context.Root, output, context.CurrentDirectory, $"{(all ? "mp-leaflets" : languages[0].Language.Code)}.tmx", ".tmx");
        AtomicFile.WriteAllBytes(path, TmxFile.Write(languages, filter));
        context.Console.Out.WriteLine($"{(all ? "all languages" : languages[0].Language.Code)}: {TmxFile.Count(languages, filter)} units written to {output} (tmx).");
        return ExitCodes.Ok;
    }
}

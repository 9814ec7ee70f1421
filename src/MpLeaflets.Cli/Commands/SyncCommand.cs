using System.CommandLine;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets sync: every translation file brought in line with the English sources.</summary>
public static class SyncCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change, and write nothing." };
        var command = new Command("sync", """
            Bring every translations/<lang>.csv in line with the English in content/documents/.
            New English -> untranslated. English changed in the same place -> outdated, keeping the
            translation and the old English (previous_source). English removed -> obsolete, kept at the
            end of the file; if it comes back, its translation comes back. Running it twice changes nothing.
            All files are read and checked before any is written.
            """) { dryRun };
        command.SetAction(parse => Run(context(parse), parse.GetValue(dryRun)));
        return command;
    }

    public static int Run(CommandContext context, bool dryRun)
    {
        var project = context.Project;
        // Read every file first: one bad file stops the command before anything is written.
        var files = project.Languages.Languages.Select(language =>
            File.Exists(project.TranslationPath(language.Code))
                ? (language, before: project.ReadTranslations(language), exists: true)
                : (language, before: new TranslationFile(language.Code, []), exists: false)).ToList();
        foreach (var (language, before, exists) in files)
        {
            var result = Synchronizer.Sync(before, project.Documents);
            var changed = !exists || result.Changed(before);
            var verb = !changed ? "unchanged" : dryRun ? "would change" : exists ? "updated" : "created";
            context.Console.Out.WriteLine(
                $"{language.Code,-8} {verb,-12} {result.Added} new, {result.Outdated} outdated, {result.Obsoleted} obsolete, {result.Restored} restored");
            if (changed && !dryRun)
            {
                result.File.Write(project.TranslationPath(language.Code));
            }
        }
        return ExitCodes.Ok;
    }
}

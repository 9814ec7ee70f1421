using System.CommandLine;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets sync: every translation file brought in line with the English sources.</summary>
public static class SyncCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change, and write nothing." };
        var allowRewrite = new Option<bool>("--allow-rewrite") { Description = "Confirm that a document was really rewritten: sync even when more than half of its units would become obsolete." };
        var command = new Command("sync", """
            Bring every translations/<lang>.csv in line with the English in content/documents/.
            New English -> untranslated. English changed in the same place -> outdated, keeping the
            translation and the old English (previous_source); changed back -> translated again.
            English removed -> obsolete, kept at the end of the file; if the same English comes back,
            its translation comes back (with other English under the same id: outdated).
            A change that would make more than half of a document's units obsolete is refused, naming
            the document (exit 2), unless --allow-rewrite confirms it. Running it twice changes nothing.
            Reviewers' sign-offs and units a merge left in conflict are kept as they are. A file from
            before sign-offs were recorded gets the columns reviewer, reviewed_on and conflict.
            All files are read and checked before any is written; one writer at a time (another waits).
            """) { dryRun, allowRewrite };
        command.SetAction(parse => Run(context(parse), parse.GetValue(dryRun), parse.GetValue(allowRewrite)));
        return command;
    }

    public static int Run(CommandContext context, bool dryRun, bool allowRewrite = false)
    {
        using var writing = dryRun ? null : context.LockForWriting("sync");
        var project = context.Project;
        // Read every file first: one bad file stops the command before anything is written.
        var files = project.Languages.Languages.Select(language =>
            File.Exists(project.TranslationPath(language.Code))
                ? (language, before: project.ReadTranslations(language), exists: true)
                : (language, before: new TranslationFile(language.Code, []), exists: false)).ToList();
        var results = files.Select(f => (f.language, f.before, f.exists, result: Synchronizer.Sync(f.before, project.Documents))).ToList();
        if (!allowRewrite)
        {
            Rewrite.Refuse(results.Select(r => (r.language.Code, r.result)));
        }
        foreach (var (language, before, exists, result) in results)
        {
            var changed = !exists || result.Changed(before);
            var verb = !changed ? "unchanged" : dryRun ? "would change" : exists ? "updated" : "created";
            var migrated = exists && before.LegacyColumns ? ", columns reviewer, reviewed_on and conflict added" : "";
            context.Console.Out.WriteLine(
                $"{language.Code,-8} {verb,-12} {result.Added} new, {result.Outdated} outdated, {result.Obsoleted} obsolete, {result.Restored} restored{(result.Moved > 0 ? $", {result.Moved} moved" : "")}{migrated}");
            if (changed && !dryRun)
            {
                result.File.Write(project.TranslationPath(language.Code));
            }
        }
        return ExitCodes.Ok;
    }
}

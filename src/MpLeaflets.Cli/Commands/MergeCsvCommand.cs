using System.CommandLine;
using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations.Merging;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>
/// mpleaflets merge-csv: git's merge driver for translations/*.csv (gitattributes(5), "Defining a
/// custom merge driver"): git passes the common ancestor %O, ours %A and theirs %B; the result goes
/// into %A; exit 0 for a clean merge, non-zero for a conflict, which git then reports.
/// </summary>
public static class MergeCsvCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var common = new Argument<string>("BASE") { Description = "The common ancestor's version (git's %O; may be an empty file)." };
        var ours = new Argument<string>("OURS") { Description = "Our version (git's %A); the merged file is written here." };
        var theirs = new Argument<string>("THEIRS") { Description = "Their version (git's %B)." };
        var path = new Argument<string?>("PATH") { Description = "The file's path in the repository (git's %P), for messages.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("merge-csv", """
            Merge two versions of a translations/<lang>.csv with their common ancestor, by unit id: the
            git merge driver that 'mpleaflets setup-git' registers. Changes to different units always
            merge, wherever their rows are; the same change on both sides merges; a unit changed
            differently on both sides is a conflict: both versions are kept as two rows of the unit
            (conflict column 'ours' and 'theirs'), which 'status', 'check', 'build' and 'edit' understand,
            and the exit code is 1 so that git reports the conflict. Choose a version in 'mpleaflets edit'
            (Ctrl+W), then 'git add' the file. The result is written to OURS in the canonical CSV.
            Exit codes: 0 merged, 1 conflicts kept in the file, 2 a version could not be read (OURS untouched).
            """) { common, ours, theirs, path };
        command.SetAction(parse => Run(context(parse), parse.GetValue(common)!, parse.GetValue(ours)!, parse.GetValue(theirs)!, parse.GetValue(path)));
        return command;
    }

    public static int Run(CommandContext context, string common, string ours, string theirs, string? path)
    {
        var name = path ?? ours;
        var code = Path.GetFileNameWithoutExtension(name);
        var full = (string p) => Path.GetFullPath(p, context.CurrentDirectory);
        var b = Read(full(common), code, $"{name} (common ancestor)", allowEmpty: true);
        var o = Read(full(ours), code, $"{name} (ours)", allowEmpty: false)!;
        var t = Read(full(theirs), code, $"{name} (theirs)", allowEmpty: false)!;
        var result = TranslationMerge.Merge(b, o, t);
        AtomicFile.WriteAllText(full(ours), result.File.ToCsv());
        foreach (var note in result.Notes) { context.Console.Error.WriteLine($"{name}: {note}"); }
        if (result.Conflicts.Count == 0)
        {
            return ExitCodes.Ok;
        }
        context.Console.Error.WriteLine($"{name}: {result.Conflicts.Count} unit(s) changed differently on both sides, kept with both versions: "
            + $"{string.Join(", ", result.Conflicts.Take(5))}{(result.Conflicts.Count > 5 ? ", …" : "")}. Choose one for each in 'mpleaflets edit' (Ctrl+W), then 'git add {name}'.");
        return ExitCodes.ProblemsFound;
    }

    /// <summary>A version of the file; git gives an empty ancestor when both sides added the file.</summary>
    private static TranslationFile? Read(string path, string code, string displayName, bool allowEmpty)
    {
        var text = StrictText.ReadUtf8(path, displayName);
        if (allowEmpty && text.Length == 0) { return null; }
        return TranslationFile.Parse(text, code, displayName);
    }
}

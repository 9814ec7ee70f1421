using System.CommandLine;
using MpLeaflets.Editor;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets edit: the terminal editor for translations (docs/editor.md).</summary>
public static class EditCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = CliOptions.Language("The language to open first (default: the first one that opens).");
        var reviewer = new Option<string?>("--reviewer") { Description = "Your name, recorded with the date on each unit you mark reviewed (F3). Default: git config user.name." };
        var command = new Command("edit", """
            Edit translations in the terminal: languages with their progress, the units with filters and
            search, the English, the diff of changed English, checks as you type. F1 lists the keys.
            Saves are atomic; quitting with unsaved changes asks first; a file changed on disk is never overwritten.
            F3 marks a unit reviewed, signed with the reviewer's name and today; Shift+F3 walks the units in
            the order of 'mpleaflets review-sheet', to enter a reviewer's verdicts from paper; Ctrl+W
            chooses between the two versions of a unit a merge left in conflict.
            """) { reviewer };
        lang.AddTo(command);
        command.SetAction(parse => Run(context(parse), lang.Get(parse), parse.GetValue(reviewer)));
        return command;
    }

    public static int Run(CommandContext context, string? language, string? reviewer = null) =>
        EditorApp.Run(() => context.Project, language, reviewer, context.Console.Error) switch
        {
            EditorExit.Ok => ExitCodes.Ok,
            _ => ExitCodes.BadInput,
        };
}

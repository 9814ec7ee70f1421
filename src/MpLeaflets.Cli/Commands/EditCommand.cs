using System.CommandLine;
using MpLeaflets.Editor;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets edit: the terminal editor for translations (docs/editor.md).</summary>
public static class EditCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var lang = new Option<string?>("--lang") { Description = "The language to open first (default: the first one that opens)." };
        var command = new Command("edit", """
            Edit translations in the terminal: languages with their progress, the units with filters and
            search, the English, the diff of changed English, checks as you type. F1 lists the keys.
            Saves are atomic; quitting with unsaved changes asks first; a file changed on disk is never overwritten.
            """) { lang };
        command.SetAction(parse => Run(context(parse), parse.GetValue(lang)));
        return command;
    }

    public static int Run(CommandContext context, string? language) =>
        EditorApp.Run(() => context.Project, language, context.Console.Error) switch
        {
            EditorExit.Ok => ExitCodes.Ok,
            _ => ExitCodes.BadInput,
        };
}

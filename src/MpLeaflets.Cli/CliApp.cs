using System.CommandLine;
using MpLeaflets.Cli.Commands;

namespace MpLeaflets.Cli;

/// <summary>The mpleaflets program: its commands, and how errors become exit codes.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console, string currentDirectory)
    {
        var project = new Option<string?>("--project")
        {
            Description = "The project folder (holding content/ and translations/). Default: the current folder or the nearest one above it.",
            Recursive = true,
        };
        CommandContext Context(ParseResult parse) => new(console, parse.GetValue(project), currentDirectory);

        var root = new RootCommand("""
            MP Leaflets: keep the English guides and their translations up to date, check them, and
            hand them to translators. Exit codes: 0 ok, 1 problems found (e.g. failed checks), 2 bad input or usage.
            """)
        {
            project,
            SyncCommand.Create(Context),
            StatusCommand.Create(Context),
            CheckCommand.Create(Context),
            AddLanguageCommand.Create(Context),
            BuildCommand.Create(Context),
            EditCommand.Create(Context),
            ExportCommand.Create(Context),
            ImportCommand.Create(Context),
            MergeCsvCommand.Create(Context),
            SetupGitCommand.Create(Context),
            PrintedCommand.Create(Context),
            ReviewSheetCommand.Create(Context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"{console.Red("error")}: {error.Message}");
            }
            console.Error.WriteLine("Run 'mpleaflets --help' (or 'mpleaflets COMMAND --help') to see the commands and options.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ContentException e)
        {
            console.WriteError(e);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path the user gave (or the project's own) cannot be read or written: say so, without a
            // stack trace. Files are written whole or not at all, so nothing is left half-written.
            console.Error.WriteLine($"{console.Red("error")}: {e.Message.TrimEnd('.')}. Check the path and that you may write there; no file was left half-written.");
            return ExitCodes.BadInput;
        }
    }
}

using System.CommandLine.Help;
using System.CommandLine;
using MpLeaflets.Cli.Commands;
using MpLeaflets.Text;

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
            Build print-ready leaflets, checklists and consent forms in every language, keep their
            translations in step with the English, and edit them in the terminal ('mpleaflets edit').
            Start with 'mpleaflets init DIR' or run 'mpleaflets build' in a project folder.
            Exit codes: 0 ok, 1 problems found, 2 bad input or usage.
            """)
        {
            project,
        };

        // One line each in the list of commands, as dotnet lists its own; the details are under COMMAND --help.
        (Command Command, string Summary)[] commands =
        [
            (BuildCommand.Create(Context), "Build every document in every language, and the packs, into output/"),
            (StatusCommand.Create(Context), "How far each language is, document by document"),
            (CheckCommand.Create(Context), "Check the translations: changed facts and Markdown are errors"),
            (SyncCommand.Create(Context), "Bring every translation file in line with the English"),
            (EditCommand.Create(Context), "Edit translations in the terminal"),
            (ExportCommand.Create(Context), "Write a language's units for a translator (CSV, PO) or a memory (TMX)"),
            (ImportCommand.Create(Context), "Apply a translator's CSV or PO file"),
            (AddLanguageCommand.Create(Context), "Register a new language"),
            (InitCommand.Create(Context), "Start a new project of leaflets in a folder"),
            (ReviewSheetCommand.Create(Context), "A PDF for a native speaker to review a language on paper"),
            (PrintedCommand.Create(Context), "Record that a pack was printed, for the recall list"),
            (SetupGitCommand.Create(Context), "Register the merge driver for translation files (merge-csv) with git"),
            (MergeCsvCommand.Create(Context), "The merge driver git runs for translation files"),
        ];
        var helpOption = root.Options.OfType<HelpOption>().Single();
        var details = new Dictionary<Command, string?>();
        foreach (var (command, summary) in commands)
        {
            root.Subcommands.Add(command);
            details[command] = command.Description;
            command.Description = summary;
            // git runs merge-csv, people do not: out of the list, as git's own plumbing is.
            command.Hidden = command.Name == "merge-csv";
        }
        helpOption.Action = new CommandHelp((HelpAction)helpOption.Action!, details);

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
        catch (IcuNotFoundException e)
        {
            // The machine lacks the system's ICU, which every command that reads languages.csv needs.
            // Like an unreadable path, it is something to fix before the command can run, and nothing
            // was written: bad input or usage (2), not problems found in the translations (1).
            console.Error.WriteLine($"{console.Red("error")}: {e.Message}");
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

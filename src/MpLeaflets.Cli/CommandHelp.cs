using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine;

namespace MpLeaflets.Cli;

/// <summary>
/// Help the way dotnet gives it: the root lists each command with a one-line summary, and
/// <c>mpleaflets COMMAND --help</c> shows that command's full description. System.CommandLine prints
/// a command's one Description in both places, so each command carries its summary and this action
/// swaps the details in while its own help is printed.
/// </summary>
internal sealed class CommandHelp(HelpAction standard, IReadOnlyDictionary<Command, string?> details) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (!details.TryGetValue(command, out var full))
        {
            return standard.Invoke(parseResult);
        }
        var summary = command.Description;
        command.Description = full;
        try
        {
            return standard.Invoke(parseResult);
        }
        finally
        {
            command.Description = summary;
        }
    }
}

using MpLeaflets.Cli;

namespace MpLeaflets.Tests;

/// <summary>Runs the program in-process, as a user would from a folder, and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, CliConsole.Capture(output, error), folder);
        return new Result(code, output.ToString(), error.ToString());
    }
}

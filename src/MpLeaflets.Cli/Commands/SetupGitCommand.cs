using System.CommandLine;
using MpLeaflets.Storage;

namespace MpLeaflets.Cli.Commands;

/// <summary>
/// mpleaflets setup-git: registers 'merge-csv' as the merge driver for translations/*.csv in the
/// repository's config, and names it in .gitattributes (gitattributes(5): a driver is defined in
/// config, merge.NAME.driver, and chosen per path with the attribute merge=NAME).
/// </summary>
public static class SetupGitCommand
{
    public const string DriverName = "mpleaflets-csv";

    /// <summary>The line of .gitattributes that sends the translation files to the driver.</summary>
    public const string Attribute = "translations/*.csv merge=" + DriverName;

    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var program = new Option<string?>("--command") { Description = "How git should start mpleaflets (e.g. 'mpleaflets' when it is on PATH). Default: this program, by its full path." };
        var command = new Command("setup-git", $"""
            Make git merge translations/*.csv by unit id instead of by line: writes the merge driver
            '{DriverName}' ('mpleaflets merge-csv %O %A %B %P') to the repository's .git/config, and the line
            '{Attribute}' to .gitattributes in the project (added if missing). Run it once in each clone;
            .git/config is not shared by git, .gitattributes is (commit it). Without the driver git merges
            these files line by line, and two translators editing neighbouring rows get a conflict.
            Exit codes: 0 done, 2 not in a git repository or git is not installed.
            """) { program };
        command.SetAction(parse => Run(context(parse), parse.GetValue(program)));
        return command;
    }

    public static int Run(CommandContext context, string? program)
    {
        using var writing = context.LockForWriting("setup-git");
        var root = context.Root;
        if (Git.Run(root, "rev-parse", "--show-toplevel") is null)
        {
            throw ContentException.Usage($"{root} is not in a git repository (or git is not installed)",
                "Run 'git init' (or clone the project) first, then 'mpleaflets setup-git'");
        }
        var driver = $"{program ?? ThisProgram()} merge-csv %O %A %B %P";
        Set(root, $"merge.{DriverName}.name", "MP Leaflets translation CSV, merged by unit id");
        Set(root, $"merge.{DriverName}.driver", driver);
        context.Console.Out.WriteLine($"git config merge.{DriverName}.driver = {driver}");

        var attributes = Path.Combine(root, ".gitattributes");
        var text = File.Exists(attributes) ? File.ReadAllText(attributes) : "";
        if (text.Split('\n').Any(line => line.Trim() == Attribute))
        {
            context.Console.Out.WriteLine($".gitattributes already has '{Attribute}'");
        }
        else
        {
            AtomicFile.WriteAllText(attributes, text + (text.Length > 0 && !text.EndsWith('\n') ? "\n" : "") + Attribute + "\n");
            context.Console.Out.WriteLine($".gitattributes: added '{Attribute}' (commit it, so every clone merges the same way)");
        }
        return ExitCodes.Ok;
    }

    private static void Set(string root, string key, string value)
    {
        if (Git.Run(root, "config", "--local", key, value) is null)
        {
            throw ContentException.Usage($"git could not write {key} to the repository's config", "Check that .git/config is writable, then run 'mpleaflets setup-git' again");
        }
    }

    /// <summary>
    /// This program as git can start it from any folder: the apphost by its path, or 'dotnet' with the
    /// path of mpleaflets.dll (when run with 'dotnet run' or 'dotnet mpleaflets.dll'). Quoted for the
    /// shell git runs the driver with.
    /// </summary>
    private static string ThisProgram()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(SetupGitCommand).Assembly.Location;
        var host = Path.GetFileNameWithoutExtension(process);
        return host == "dotnet" ? $"{Quote(process)} {Quote(dll)}" : Quote(process);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''") + "'";
}

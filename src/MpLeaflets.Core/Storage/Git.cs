using System.Diagnostics;

namespace MpLeaflets.Storage;

/// <summary>
/// The few things the program asks git (installed separately; never needed to build or print): a
/// repository's top folder, and config values (user.name for a reviewer's sign-off, the merge driver).
/// </summary>
public static class Git
{
    /// <summary>git's output (trimmed), or null when git is missing or the command fails.</summary>
    public static string? Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in args) { start.ArgumentList.Add(arg); }
        try
        {
            using var process = Process.Start(start);
            if (process is null) { return null; }
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>git config user.name where the project is (null when unset or git is missing).</summary>
    public static string? UserName(string folder) => Run(folder, "config", "user.name") is { Length: > 0 } name ? name : null;
}

using System.Diagnostics;

namespace MpLeaflets.Tests;

/// <summary>The built mpleaflets program as its own process: for what only separate processes show
/// (two commands at once, a kill in the middle of a build).</summary>
internal static class RealProgram
{
    public static readonly string Dll = Path.Combine(
        TestPaths.RepoRoot, "src", "MpLeaflets.Cli", "bin",
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!), "net10.0", "mpleaflets.dll");

    public sealed record Result(int ExitCode, string Out, string Error);

    public static Process Start(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.True(File.Exists(Dll), $"build the program first: {Dll}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) { info.ArgumentList.Add(arg); }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) { info.Environment[key] = value; }
        return Process.Start(info)!;
    }

    public static Result Finish(Process process, TimeSpan? timeout = null)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("mpleaflets did not finish (hung)");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(folder, environment, args);
        return Finish(process);
    }
}

using System.Diagnostics;

namespace MpLeaflets.Tests.Support;

/// <summary>GNU gettext's tools: msgfmt is the reference for what a valid PO file is.</summary>
internal static class Gettext
{
    /// <summary>Runs msgfmt --check on a file; fails the test with the fix when gettext is missing.</summary>
    public static (int ExitCode, string Errors) Check(string poPath) => Run("msgfmt", "--check", "--check-header", "-o", "/dev/null", poPath);

    /// <summary>Runs a GNU gettext tool (msgfmt, msgcat, msgattrib).</summary>
    public static (int ExitCode, string Errors) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{tool} (GNU gettext) is not installed, and every exported PO file must pass msgfmt --check: apt-get install gettext");
            throw;
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, errors);
        }
    }
}

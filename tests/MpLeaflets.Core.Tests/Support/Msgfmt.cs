using System.Diagnostics;

namespace MpLeaflets.Tests.Support;

/// <summary>GNU gettext's msgfmt, the reference for what a valid PO file is.</summary>
internal static class Msgfmt
{
    /// <summary>Runs msgfmt --check on a file; fails the test with the fix when gettext is missing.</summary>
    public static (int ExitCode, string Errors) Check(string poPath)
    {
        var info = new ProcessStartInfo("msgfmt", ["--check", "--check-header", "-o", "/dev/null", poPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("msgfmt did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("msgfmt (GNU gettext) is not installed, and every exported PO file must pass it: apt-get install gettext");
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

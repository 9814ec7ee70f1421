namespace MpLeaflets.Cli;

/// <summary>The program's exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and found problems (failed checks, refused rows, failed documents).</summary>
    public const int ProblemsFound = 1;

    /// <summary>Bad input or usage: unknown option or language, unreadable CSV or Markdown. Nothing was written.</summary>
    public const int BadInput = 2;
}

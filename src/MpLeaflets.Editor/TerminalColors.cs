namespace MpLeaflets.Editor;

/// <summary>
/// Whether the program may colour what it shows: never when NO_COLOR is set to anything (no-color.org)
/// or the terminal is TERM=dumb. The one place both the editor and the command line ask.
/// </summary>
public static class TerminalColors
{
    public static bool Forbidden =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb";
}

namespace MpLeaflets.Cli;

/// <summary>
/// Where a command writes, injected so tests can capture it. Colour only on a terminal, and never
/// when NO_COLOR is set (no-color.org) or TERM=dumb.
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool isTerminal, bool useColor)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool IsTerminal { get; } = isTerminal;

    public bool UseColor { get; } = useColor;

    public static CliConsole System()
    {
        var terminal = !Console.IsOutputRedirected;
        return new CliConsole(Console.Out, Console.Error, terminal, terminal && !Editor.TerminalColors.Forbidden);
    }

    public static CliConsole Capture(StringWriter output, StringWriter error) => new(output, error, isTerminal: false, useColor: false);

    public string Bold(string text) => UseColor ? $"\u001b[1m{text}\u001b[0m" : text;

    public string Red(string text) => UseColor ? $"\u001b[31m{text}\u001b[0m" : text;

    public string Yellow(string text) => UseColor ? $"\u001b[33m{text}\u001b[0m" : text;

    public void WriteError(ContentException e) => Error.WriteLine($"{Red("error")}: {e.Message}");
}

using MpLeaflets.Editor.Text;

namespace MpLeaflets.Editor.Views;

/// <summary>The bottom line: the language's counts and the last message, which is never cut (issue 11).</summary>
internal static class StatusLine
{
    public const string Hint = "F1 keys · ^S save · Esc quit";

    /// <summary>
    /// Counts and message side by side when both fit; otherwise the message alone, whole (the counts
    /// come back with the next message); without a message, the key hint as far as it fits.
    /// </summary>
    public static string Fit(string counts, string? message, int width)
    {
        var text = message ?? Hint;
        if (TerminalCells.WidthOf(counts) + 2 + TerminalCells.WidthOf(text) <= width) { return $"{counts}  {text}"; }
        if (message is null) { return TerminalCells.WidthOf(counts) + 9 <= width ? $"{counts}  F1 keys" : counts; }
        return message;
    }
}

using System.Diagnostics;
using System.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace MpLeaflets.Editor;

/// <summary>
/// Puts the terminal back as it was before the editor took it (normal screen, cursor shown, no mouse
/// reporting, no bracketed paste, the line settings of before) when the process is ended by a
/// signal (SIGTERM, SIGHUP): whatever is printed next (where the unsaved edits went) must land on
/// the normal screen of a usable shell, not in the editor's alternate screen.
/// </summary>
internal static class TerminalRestore
{
    private static readonly string Sequences = EscSeqUtils.CSI_DisableBracketedPaste + EscSeqUtils.CSI_DisableMouseEvents
        + EscSeqUtils.CSI_ResetAttributes + EscSeqUtils.CSI_RestoreCursorAndRestoreAltBufferWithBackscroll + EscSeqUtils.CSI_ShowCursor
        + KeyModes;

    /// <summary>
    /// Normal cursor keys (DECCKM off) and the numeric keypad (DECKPNM). Terminal.Gui switches both to
    /// their application modes and leaves them so, after a quit too: a shell or program run afterwards
    /// then gets other codes for the arrow keys.
    /// </summary>
    private const string KeyModes = "\u001b[?1l\u001b>";

    /// <summary>After a normal quit: the key modes Terminal.Gui's shutdown leaves on.</summary>
    public static void AfterQuit() => Write(KeyModes);

    public static void Now(IApplication? app)
    {
        // Terminal.Gui's own shutdown restores the saved line settings too; it runs on this thread
        // while the main loop may still draw, so it gets a moment, not forever.
        var restored = app is not null && Task.Run(() =>
        {
            try { app.Dispose(); return true; }
            catch (Exception) { return false; }
        }).Wait(TimeSpan.FromSeconds(2));
        // The same sequences again, in case the shutdown could not write them: they are harmless twice.
        if (Write(Sequences) && !restored) { SttySane(); }
    }

    private static bool Write(string sequences)
    {
        try
        {
            using var tty = new FileStream("/dev/tty", FileMode.Open, FileAccess.Write);
            tty.Write(Encoding.ASCII.GetBytes(sequences));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No terminal any more (a dropped ssh connection): nothing to restore.
            return false;
        }
    }

    private static void SttySane()
    {
        try
        {
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("stty sane < /dev/tty");
            using var process = Process.Start(start);
            process?.WaitForExit(2000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }
}

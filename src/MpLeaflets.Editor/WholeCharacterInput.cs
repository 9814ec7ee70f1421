using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace MpLeaflets.Editor;

/// <summary>
/// Terminal.Gui 2.5's ANSI driver reads the terminal 256 bytes at a time and decodes each read on
/// its own, so a character whose UTF-8 bytes are split between two reads becomes U+FFFD: a Tamil or
/// Bengali sentence pasted, or typed faster than the editor reads (a slow ssh link delivers
/// keystrokes in bursts), was stored with replacement marks in it. This input decodes the bytes
/// with one UTF-8 decoder that keeps the first part of a split character until the rest comes.
/// </summary>
internal sealed class WholeCharacterInput : AnsiInput
{
    private const short PollIn = 1;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly byte[] _bytes = new byte[4096];
    private readonly char[] _chars = new char[4097];

    /// <summary>
    /// <see cref="Application.Create"/> with this input, on a Unix terminal read from standard input;
    /// anywhere else (or should the driver change) the application as Terminal.Gui makes it.
    /// </summary>
    public static IApplication CreateApplication()
    {
        var app = Application.Create();
        if (OperatingSystem.IsWindows() || isatty(0) != 1) { return app; }
        // Terminal.Gui takes a component factory only through a constructor it keeps internal.
        var factory = app.GetType().GetField("_componentFactory", BindingFlags.NonPublic | BindingFlags.Instance);
        if (factory is null || !factory.FieldType.IsAssignableFrom(typeof(AnsiComponentFactory))) { return app; }
        factory.SetValue(app, new AnsiComponentFactory(new WholeCharacterInput()));
        return app;
    }

    public override IEnumerable<char> Read()
    {
        var poll = new[] { new PollFd { Fd = 0, Events = PollIn } };
        while (Poll(poll, 1, 0) > 0 && (poll[0].Revents & PollIn) != 0)
        {
            var read = Read(0, _bytes, _bytes.Length);
            if (read <= 0) { yield break; }
            var count = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: false);
            for (var i = 0; i < count; i++) { yield return _chars[i]; }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static extern int Poll([In, Out] PollFd[] fds, uint count, int timeout);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern int Read(int fd, byte[] buffer, int count);

    [DllImport("libc", SetLastError = true)]
    private static extern int isatty(int fd);
}

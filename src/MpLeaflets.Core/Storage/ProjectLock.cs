using System.Diagnostics;
using System.Globalization;

namespace MpLeaflets.Storage;

/// <summary>
/// One writer at a time. Every command that writes the project or its output (sync, import, build,
/// add-language, the editor's save and preview) holds this lock for its whole read → check → write
/// cycle, so two of them can never both read the old file and the later write lose the earlier's
/// update. The lock is <c>.mpleaflets/lock</c> in the project, opened without sharing (an OS lock:
/// it is let go when the process ends, however it ends, so a killed run never leaves it held).
/// Who holds it is written beside it, for the message a second writer shows after waiting.
/// </summary>
public sealed class ProjectLock : IDisposable
{
    /// <summary>The project's folder for the program's own state (git-ignored).</summary>
    public const string FolderName = ".mpleaflets";

    /// <summary>How long a second writer waits, unless MPLEAFLETS_LOCK_WAIT gives seconds.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly FileStream _stream;
    private readonly string _holderPath;

    private ProjectLock(FileStream stream, string holderPath)
    {
        _stream = stream;
        _holderPath = holderPath;
    }

    /// <summary>The wait from MPLEAFLETS_LOCK_WAIT (seconds), or <see cref="DefaultWait"/>.</summary>
    public static TimeSpan ConfiguredWait()
    {
        var text = Environment.GetEnvironmentVariable("MPLEAFLETS_LOCK_WAIT");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultWait;
    }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for another writer to finish; then
    /// refuses with a <see cref="ContentException"/> that names the holder.
    /// </summary>
    /// <param name="what">What this writer is, for the message another one shows (e.g. "mpleaflets import").</param>
    public static ProjectLock Acquire(string projectRoot, string what, TimeSpan wait)
    {
        var folder = Path.Combine(projectRoot, FolderName);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, "lock");
        var holderPath = Path.Combine(folder, "holder");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var held = new ProjectLock(stream, holderPath);
                held.WriteHolder(what);
                // Holding the lock, no other writer of this project is running: temporary files
                // left in its folders are a killed writer's.
                AtomicFile.RemoveStale(Path.Combine(projectRoot, "translations"), recursive: false);
                AtomicFile.RemoveStale(Path.Combine(projectRoot, "content"), recursive: false);
                return held;
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                throw new ContentException(null, 0,
                    $"another command is writing this project ({Holder(holderPath)}); waited {wait.TotalSeconds:0.#} s for it to finish",
                    "Try again when it has finished; nothing was written");
            }
        }
    }

    public void Dispose()
    {
        try { File.Delete(_holderPath); } catch (IOException) { }
        _stream.Dispose();
    }

    private void WriteHolder(string what)
    {
        var since = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var line = $"{what}, process {Environment.ProcessId} of {Environment.UserName} on {Environment.MachineName}, since {since}";
        try { AtomicFile.WriteAllText(_holderPath, line + "\n"); } catch (IOException) { }
    }

    private static string Holder(string holderPath)
    {
        try { return File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : "another mpleaflets"; }
        catch (IOException) { return "another mpleaflets"; }
    }
}

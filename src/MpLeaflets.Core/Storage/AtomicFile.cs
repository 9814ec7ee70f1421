using System.Text.RegularExpressions;
using System.Text;

namespace MpLeaflets.Storage;

/// <summary>
/// Writes a file so that a crash at any moment leaves either the old file or the new one, whole:
/// a temporary file in the same folder (same file system, so the rename is atomic), flushed to
/// disk (fsync), then renamed over the target. Every file the program writes goes through here —
/// translation CSVs, languages.csv, hand-off files, PDFs, the manifest — so a killed run leaves
/// only temporary files of one recognisable name, which the next run removes.
/// </summary>
public static partial class AtomicFile
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlyMemory<byte> bytes) => Write(path, stream =>
    {
        stream.Write(bytes.Span);
        return 0;
    });

    /// <summary>Lets <paramref name="write"/> fill the temporary file, then puts it in place.</summary>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"{path} is not a file path");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"cannot write {full}: the folder {folder} cannot be made ({e.Message.TrimEnd('.')})", e);
        }
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            // FileShare.None: while it is being written, no cleanup of another run can take it for stale.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or (IOException and not PathTooLongException))
        {
            // Name the file the user asked for, not the temporary one.
            var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            throw new IOException($"cannot write {full}: {reason}", e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Whether a file name is one of this class's temporary files.</summary>
    public static bool IsTemporaryName(string fileName) => TemporaryName().IsMatch(fileName);

    /// <summary>
    /// Deletes the temporary files a killed run left in a folder (and, when asked, below it). A file
    /// that another process is still writing is open without sharing and is left alone. Returns how
    /// many were removed.
    /// </summary>
    public static int RemoveStale(string folder, bool recursive)
    {
        if (!Directory.Exists(folder)) { return 0; }
        var removed = 0;
        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp", option).Where(f => IsTemporaryName(Path.GetFileName(f))))
        {
            try
            {
                using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use by a writer, or not ours to delete: leave it.
            }
        }
        return removed;
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}

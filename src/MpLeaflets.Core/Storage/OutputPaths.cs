namespace MpLeaflets.Storage;

/// <summary>
/// The one gate for every path a user gives for the program to write to (export's file, build's
/// folder, a review sheet): outputs never overwrite inputs. Refused, before anything is written: a
/// target inside content/, translations/ or the program's own folders — also when a symbolic link
/// leads there —, an existing folder given as a file, an existing file given as a folder, and the
/// project folder itself, the file system's root or the home folder as an output folder.
/// </summary>
public static class OutputPaths
{
    /// <summary>The project's own folders, which no output may be written into.</summary>
    public static readonly IReadOnlyList<string> ProtectedFolders = ["content", "translations", ProjectLock.FolderName, ".git"];

    /// <summary>
    /// A file to write: its full path, or a <see cref="ContentException"/> saying why not. An existing
    /// file is written over only when its name ends with <paramref name="extension"/> (an earlier
    /// export or sheet): "-o .gitattributes" would otherwise replace the merge driver's settings.
    /// </summary>
    public static string File(string projectRoot, string given, string currentDirectory, string example, string extension)
    {
        RefuseEmpty(given, example);
        var full = Path.GetFullPath(given, currentDirectory);
        if (Directory.Exists(full))
        {
            throw new ContentException(given, 0, "this is a folder, and a file name is needed here", $"Give the name of the file to write, e.g. {example}");
        }
        if (given.EndsWith('/') || given.EndsWith(Path.DirectorySeparatorChar))
        {
            throw new ContentException(given, 0, "this names a folder, and a file name is needed here", $"Give the name of the file to write, e.g. {example}");
        }
        RefuseProtected(projectRoot, full, given, folder => $"Give a path outside {folder}/, e.g. {example}");
        if (System.IO.File.Exists(full) && !full.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new ContentException(given, 0, $"this file exists and is not a {extension} file; writing over it would destroy it",
                $"Give a new file name, or one ending {extension}, e.g. {example}");
        }
        return full;
    }

    /// <summary>A folder to write into: its full path, or a <see cref="ContentException"/> saying why not.</summary>
    public static string Folder(string projectRoot, string given, string currentDirectory)
    {
        RefuseEmpty(given, "output");
        var full = Path.GetFullPath(given, currentDirectory);
        if (System.IO.File.Exists(full))
        {
            throw new ContentException(given, 0, "this is a file, and a folder is needed here", "Give a folder (it is created if it does not exist), e.g. output");
        }
        var real = Resolve(full);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var isHome = home.Length > 0 && SamePath(real, Resolve(home));
        if (isHome || SamePath(real, Path.GetPathRoot(real) ?? ""))
        {
            throw new ContentException(given, 0, $"this is {(isHome ? "your home folder" : "the root of the file system")}; a folder per language and a manifest would be written straight into it",
                "Give a folder of its own (it is created if it does not exist), e.g. output");
        }
        if (SamePath(real, Resolve(Path.GetFullPath(projectRoot))))
        {
            throw new ContentException(given, 0, "this is the project folder itself; the output would be mixed with the project's own files",
                "Give a folder of its own, e.g. output");
        }
        RefuseProtected(projectRoot, full, given, folder => $"Give a folder outside {folder}/, e.g. output");
        return full;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, after following links.</summary>
    public static bool IsInside(string path, string folder)
    {
        var p = Resolve(Path.GetFullPath(path));
        var f = Resolve(Path.GetFullPath(folder));
        return SamePath(p, f) || p.StartsWith(Path.TrimEndingDirectorySeparator(f) + Path.DirectorySeparatorChar, Comparison);
    }

    /// <summary>
    /// The path with every symbolic link in it followed (as realpath does, but portable and also
    /// for paths whose last parts do not exist yet).
    /// </summary>
    public static string Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var pending = new Stack<string>(fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        for (var hops = 0; pending.Count > 0;)
        {
            var next = Path.Combine(current, pending.Pop());
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > 40) { throw new ContentException(fullPath, 0, "too many symbolic links (a loop?)", "Give a path without a link loop"); }
            // The target replaces the link: resolve it from the top, then the parts after the link.
            var absolute = Path.GetFullPath(target, current);
            current = Path.GetPathRoot(absolute) ?? "";
            foreach (var part in absolute[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(part);
            }
        }
        return Path.GetFullPath(current);
    }

    private static void RefuseEmpty(string given, string example)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            throw ContentException.Usage("the output path is empty", $"Give a path, e.g. {example}");
        }
    }

    private static void RefuseProtected(string projectRoot, string full, string given, Func<string, string> fix)
    {
        foreach (var folder in ProtectedFolders)
        {
            if (IsInside(full, Path.Combine(projectRoot, folder)))
            {
                var how = IsInside(full, Path.Combine(projectRoot, folder)) && !Path.GetFullPath(full).StartsWith(Path.GetFullPath(Path.Combine(projectRoot, folder)), Comparison)
                    ? "leads (through a symbolic link) into" : "is inside";
                throw new ContentException(given, 0, $"this {how} {folder}/, the project's own files, which an output must never overwrite", fix(folder));
            }
        }
    }

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), Comparison);
}

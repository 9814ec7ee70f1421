using MpLeaflets.Content;
using MpLeaflets.Storage;

namespace MpLeaflets.Cli;

/// <summary>What every command gets: the console, and the project folder it was pointed at.</summary>
public sealed class CommandContext(CliConsole console, string? projectOption, string currentDirectory)
{
    private ContentProject? _project;

    public CliConsole Console { get; } = console;

    /// <summary>The folder the command was run from: relative paths a user types are relative to it.</summary>
    public string CurrentDirectory { get; } = currentDirectory;

    public string Root => field ??= ProjectLocator.Find(projectOption, CurrentDirectory);

    public ContentProject Project => _project ??= ContentProject.Load(Root);

    /// <summary>How long a writer waits for another one (MPLEAFLETS_LOCK_WAIT seconds, default 15).</summary>
    public TimeSpan LockWait { get; init; } = ProjectLock.ConfiguredWait();

    /// <summary>
    /// Takes the project's write lock for a command that writes (see <see cref="ProjectLock"/>).
    /// Call it before reading what will be written, and load the project after it, so the files
    /// read are the files the command's write replaces.
    /// </summary>
    public ProjectLock LockForWriting(string command)
    {
        var held = ProjectLock.Acquire(Root, $"mpleaflets {command}", LockWait);
        _project = null;
        return held;
    }

    /// <summary>The languages a --lang option names (comma-separated), or all of them.</summary>
    public IReadOnlyList<Language> SelectLanguages(string? codes) =>
        string.IsNullOrWhiteSpace(codes)
            ? Project.Languages.Languages
            : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Project.Languages.Require).ToList();
}

using MpLeaflets.Content;

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

    /// <summary>The languages a --lang option names (comma-separated), or all of them.</summary>
    public IReadOnlyList<Language> SelectLanguages(string? codes) =>
        string.IsNullOrWhiteSpace(codes)
            ? Project.Languages.Languages
            : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Project.Languages.Require).ToList();
}

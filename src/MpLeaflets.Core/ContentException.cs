namespace MpLeaflets;

/// <summary>
/// A problem a person can fix: in a file they edit (a CSV, a Markdown source, languages.csv), in a
/// path or option they gave, or in the state of the project. Always says what is wrong and what to
/// do, so the message can be shown as it is. It names the file, and the line, only when there is
/// one: <c>file:line: problem. fix</c>, <c>file: problem. fix</c>, or <c>problem. fix</c>.
/// </summary>
public sealed class ContentException(string? file, int line, string problem, string fix)
    : Exception(Format(file, line, problem, fix))
{
    /// <summary>A problem with an option or the command line, not with a file.</summary>
    public static ContentException Usage(string problem, string fix) => new(null, 0, problem, fix);

    public string? File { get; } = string.IsNullOrEmpty(file) ? null : file;

    /// <summary>The 1-based line, or 0 when the problem is about the whole file (or no file).</summary>
    public int Line { get; } = string.IsNullOrEmpty(file) ? 0 : Math.Max(0, line);

    public string Problem { get; } = problem;

    public string Fix { get; } = fix;

    private static string Format(string? file, int line, string problem, string fix)
    {
        var where = string.IsNullOrEmpty(file) ? "" : line > 0 ? $"{file}:{line}: " : $"{file}: ";
        return $"{where}{problem}. {fix}";
    }
}

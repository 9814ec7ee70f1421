namespace MpLeaflets;

/// <summary>
/// A problem in a file a person edits (a CSV, a Markdown source, languages.csv): always names the
/// file and line and says what to do, so the message can be shown to an editor as it is.
/// </summary>
public sealed class ContentException(string file, int line, string problem, string fix)
    : Exception($"{file}:{(line > 0 ? line : 1)}: {problem}. {fix}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
    public string Fix { get; } = fix;
}

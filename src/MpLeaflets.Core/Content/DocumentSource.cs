namespace MpLeaflets.Content;

/// <summary>
/// An English Markdown source in content/documents/: its front matter and body. <see cref="Text"/>
/// is the whole file (front matter included) so that source positions and lines match the file.
/// </summary>
public sealed record DocumentSource(
    string Id,
    DocumentKind Kind,
    string Title,
    string? Subtitle,
    DateOnly Version,
    int Order,
    string RelativePath,
    string Text,
    int TitleLine,
    int SubtitleLine,
    IReadOnlyDictionary<string, string> Properties);

using System.Text.RegularExpressions;
using Markdig;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Units;

/// <summary>
/// "Renders the same": HTML equal once runs of white space are folded to one space (as a browser
/// folds them outside &lt;pre&gt;) — soft line breaks become spaces when units are normalised. Inside
/// &lt;pre&gt; nothing is folded.
/// </summary>
internal static partial class HtmlComparison
{
    public static string Render(string markdown) => Normalize(Markdown.ToHtml(markdown, MarkdownPipelines.Content));

    public static string Normalize(string html)
    {
        var parts = Pre().Split(html);
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith("<pre", StringComparison.Ordinal))
            {
                parts[i] = Spaces().Replace(parts[i], " ").Replace(" </", "</").Replace("> ", ">");
            }
        }
        return string.Concat(parts).Trim();
    }

    [GeneratedRegex(@"(<pre[\s\S]*?</pre>)")]
    private static partial Regex Pre();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MpLeaflets.Units;

namespace MpLeaflets.Checks;

/// <summary>
/// The Markdown structure of a unit that a translation must keep: the kind of block it parses to
/// (one paragraph — a translation must not start a list or a heading), and its inline elements —
/// emphasis, links and their targets, code spans and their content, inline HTML. Word order may
/// change, so elements are compared as a sorted list, not a sequence.
/// </summary>
public static class MarkdownShape
{
    public static IReadOnlyList<string> Of(string unitText)
    {
        var document = Markdown.Parse(unitText, MarkdownPipelines.Content);
        var shape = new List<string>();
        foreach (var block in document.Descendants<Block>())
        {
            if (block is ParagraphBlock || block is MarkdownDocument) { continue; }
            shape.Add($"block {BlockName(block)}");
        }
        var paragraphs = document.Descendants<ParagraphBlock>().Count();
        if (paragraphs > 1) { shape.Add($"{paragraphs} paragraphs"); }
        foreach (var inline in document.Descendants<LeafBlock>().SelectMany(b => b.Inline?.Descendants<Inline>() ?? []))
        {
            switch (inline)
            {
                case EmphasisInline e: shape.Add(e.DelimiterCount == 2 ? "bold" : "emphasis"); break;
                case LinkInline { IsImage: true } l: shape.Add($"image {l.Url}"); break;
                case LinkInline l when l.IsAutoLink: shape.Add($"link {l.Url}"); break;
                case LinkInline l: shape.Add($"link to {l.Url}"); break;
                case AutolinkInline a: shape.Add($"link {a.Url}"); break;
                case CodeInline c: shape.Add($"code `{c.Content}`"); break;
                case HtmlInline h: shape.Add($"html {h.Tag}"); break;
                case LineBreakInline { IsHard: true }: shape.Add("line break"); break;
            }
        }
        shape.Sort(StringComparer.Ordinal);
        return shape;
    }

    private static string BlockName(Block block) => block switch
    {
        HeadingBlock => "heading",
        ListBlock => "list",
        ListItemBlock => "list item",
        QuoteBlock => "quote",
        CodeBlock => "code",
        ThematicBreakBlock => "rule",
        HtmlBlock => "html",
        _ => block.GetType().Name,
    };
}

using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>What a Markdown block is on paper.</summary>
public enum ContentKind
{
    Heading,
    Paragraph,
    Bullet,
    Numbered,
    Task,
    Field,
    Signature,
    Date,
    Rule,
}

/// <summary>
/// One printable block read from a document's Markdown: kind, inline spans (bold, italic, links),
/// heading level, number of write-in lines or list number.
/// </summary>
public sealed record ContentBlock(ContentKind Kind, IReadOnlyList<Span> Spans, int Level = 0, int Lines = 0, int Number = 0)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));

    /// <summary>A consent statement (<c>{.statement}</c>): it stays on one side of the sheet with the signature under it.</summary>
    public bool IsStatement { get; init; }

    /// <summary>For a list item: how many items of its list come after it.</summary>
    public int ItemsAfter { get; init; }

    /// <summary>For a list item: whether it opens its list.</summary>
    public bool IsFirstItem { get; init; }

    /// <summary>For a paragraph: how many items the list right after it has (0 if no list follows: it is no lead-in).</summary>
    public int LeadsInto { get; init; }

    public bool IsListItem => Kind is ContentKind.Bullet or ContentKind.Numbered or ContentKind.Task;
}

/// <summary>
/// Reads the Markdig AST of a (localized) document into content blocks, in order. The English and a
/// translation of one document have the same structure (reassembly copies it), so their blocks pair
/// up one to one for bilingual pages.
/// </summary>
public static class MarkdownToBlocks
{
    public static IReadOnlyList<ContentBlock> Read(string markdown)
    {
        var result = new List<ContentBlock>();
        Visit(Markdown.Parse(markdown, MarkdownPipelines.Content), result);
        return Linked(result);
    }

    /// <summary>Each list item learns how many of its list follow it, and a paragraph right before a list how long that list is.</summary>
    private static List<ContentBlock> Linked(List<ContentBlock> blocks)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (blocks[i].IsListItem)
            {
                blocks[i] = blocks[i] with { ItemsAfter = next is { IsListItem: true } ? next.ItemsAfter + 1 : 0 };
            }
            else if (blocks[i].Kind == ContentKind.Paragraph && next is { IsListItem: true })
            {
                blocks[i] = blocks[i] with { LeadsInto = next.ItemsAfter + 1 };
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].IsListItem && (i == 0 || !blocks[i - 1].IsListItem)) { blocks[i] = blocks[i] with { IsFirstItem = true }; }
        }

        return blocks;
    }

    private static void Visit(Block block, List<ContentBlock> result)
    {
        switch (block)
        {
            case HeadingBlock heading:
                result.Add(new ContentBlock(ContentKind.Heading, Spans(heading.Inline), Level: heading.Level));
                break;
            case ParagraphBlock paragraph:
                result.Add(Paragraph(paragraph));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    VisitItem(item, list.IsOrdered ? number++ : 0, result);
                }

                break;
            case ThematicBreakBlock:
                result.Add(new ContentBlock(ContentKind.Rule, []));
                break;
            case Table table:
                foreach (var cell in table.Descendants<TableCell>())
                {
                    foreach (var p in cell.OfType<ParagraphBlock>()) { result.Add(Paragraph(p)); }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container) { Visit(child, result); }
                break;
            default:
                // Front matter, HTML comments (translator notes), code: not printed.
                break;
        }
    }

    private static void VisitItem(ListItemBlock item, int number, List<ContentBlock> result)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock p)
            {
                var isTask = p.Inline?.FirstChild is TaskList;
                var kind = isTask ? ContentKind.Task : number > 0 ? ContentKind.Numbered : ContentKind.Bullet;
                result.Add(new ContentBlock(kind, Spans(p.Inline), Number: number));
            }
            else
            {
                Visit(child, result);
            }

            first = false;
        }
    }

    private static ContentBlock Paragraph(ParagraphBlock paragraph)
    {
        var spans = Spans(paragraph.Inline);
        var attributes = paragraph.TryGetAttributes();
        var classes = attributes?.Classes ?? [];
        if (classes.Contains("field"))
        {
            var lines = attributes!.Properties?.FirstOrDefault(p => p.Key == "lines").Value;
            var count = int.TryParse(lines, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
            return new ContentBlock(ContentKind.Field, spans, Lines: count);
        }

        if (classes.Contains("signature")) { return new ContentBlock(ContentKind.Signature, spans); }
        if (classes.Contains("date")) { return new ContentBlock(ContentKind.Date, spans); }
        return new ContentBlock(ContentKind.Paragraph, spans) { IsStatement = classes.Contains("statement") };
    }

    internal static IReadOnlyList<Span> Spans(ContainerInline? inline)
    {
        var spans = new List<Span>();
        Walk(inline, SpanStyle.Normal, null, spans);
        return Tidy(spans);
    }

    private static void Walk(Inline? inline, SpanStyle style, string? link, List<Span> spans)
    {
        switch (inline)
        {
            case null:
            case TaskList:
            case HtmlInline:
                return;
            case LiteralInline literal:
                spans.Add(new Span(literal.Content.ToString(), style, link));
                return;
            case CodeInline code:
                spans.Add(new Span(code.Content, style, link));
                return;
            case AutolinkInline auto:
                spans.Add(new Span(auto.Url, style, auto.IsEmail ? "mailto:" + auto.Url : auto.Url));
                return;
            case HtmlEntityInline entity:
                spans.Add(new Span(entity.Transcoded.ToString(), style, link));
                return;
            case LineBreakInline lineBreak:
                spans.Add(new Span(lineBreak.IsHard ? "\n" : " ", style, link));
                return;
            case EmphasisInline emphasis:
                var inner = style | (emphasis.DelimiterCount >= 2 ? SpanStyle.Bold : SpanStyle.Italic);
                foreach (var child in emphasis) { Walk(child, inner, link, spans); }
                return;
            case LinkInline { IsImage: false } anchor:
                foreach (var child in anchor) { Walk(child, style, anchor.Url ?? link, spans); }
                return;
            case ContainerInline container:
                foreach (var child in container) { Walk(child, style, link, spans); }
                return;
        }
    }

    // Adjacent pieces with one style become one span; the block's outer spaces go.
    private static IReadOnlyList<Span> Tidy(List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1].Style == span.Style && merged[^1].Link == span.Link)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + span.Text };
            }
            else
            {
                merged.Add(span);
            }
        }

        if (merged.Count > 0)
        {
            merged[0] = merged[0] with { Text = merged[0].Text.TrimStart() };
            merged[^1] = merged[^1] with { Text = merged[^1].Text.TrimEnd() };
        }

        return merged.Where(s => s.Text.Length > 0).ToArray();
    }
}

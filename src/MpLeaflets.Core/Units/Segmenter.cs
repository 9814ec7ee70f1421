using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;
using MpLeaflets.Content;

namespace MpLeaflets.Units;

/// <summary>
/// Cuts a Markdown document into translation units: one per heading, paragraph, list or task item,
/// table cell and form label. Inline markup stays inside the unit; code blocks, HTML blocks and
/// link reference definitions are not translated. An HTML comment right before a block is the note
/// for that block's first unit. Identical text in one document is one unit.
/// </summary>
public static partial class Segmenter
{
    public static SegmentedDocument Segment(DocumentSource source)
    {
        var builder = new UnitListBuilder(source.Id);
        builder.Add(UnitKind.Title, source.Title, explicitId: null, line: source.TitleLine, note: "Document title");
        if (!string.IsNullOrWhiteSpace(source.Subtitle))
        {
            builder.Add(UnitKind.Subtitle, source.Subtitle, explicitId: null, line: source.SubtitleLine, note: "Document subtitle");
        }
        var document = Parse(source);
        var walker = new Walker(source.Text, builder);
        walker.Visit(document);
        Checks.SourceCheck.Check(source.RelativePath, document, builder.Units);
        return new SegmentedDocument(source, builder.Units, walker.Slots);
    }

    private static MarkdownDocument Parse(DocumentSource source)
    {
        try
        {
            return Markdown.Parse(source.Text, MarkdownPipelines.Segmenting);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested beyond its depth limit, without saying where.
            var lines = source.Text.Split('\n');
            int Indent(int i) => lines[i].Length - lines[i].TrimStart(' ', '\t', '>').Length;
            var deepest = Enumerable.Range(0, lines.Length).FirstOrDefault(i => Indent(i) > 2 * Checks.SourceCheck.MaxDepth,
                Enumerable.Range(0, lines.Length).MaxBy(Indent));
            throw new ContentException(source.RelativePath, deepest + 1, $"the Markdown is nested too deeply to read (lists or quotes more than {Checks.SourceCheck.MaxDepth} deep)",
                "Flatten the list: a leaflet reads best with one or two levels");
        }
    }

    /// <summary>Segments any Markdown text (no front matter needed), e.g. a CommonMark example.</summary>
    public static SegmentedDocument SegmentMarkdown(string documentId, string markdown)
    {
        var source = new DocumentSource(documentId, DocumentKind.Leaflet, "", null, default, 0, documentId, markdown, 0, 0,
            new Dictionary<string, string>());
        var builder = new UnitListBuilder(documentId);
        var walker = new Walker(markdown, builder);
        walker.Visit(Markdown.Parse(markdown, MarkdownPipelines.Segmenting));
        return new SegmentedDocument(source, builder.Units, walker.Slots);
    }

    private sealed class Walker(string text, UnitListBuilder units)
    {
        private string? _pendingNote;

        public List<Slot> Slots { get; } = [];

        public void Visit(Block block)
        {
            switch (block)
            {
                case HtmlBlock html when html.Type == HtmlBlockType.Comment:
                    _pendingNote = CommentText(html);
                    return;
                case Table table:
                    foreach (var cell in table.Descendants<TableCell>())
                    {
                        foreach (var paragraph in cell.OfType<ParagraphBlock>()) { VisitCell(paragraph); }
                    }
                    return;
                case ContainerBlock container:
                    foreach (var child in container.ToList()) { Visit(child); }
                    return;
                case ParagraphBlock or HeadingBlock:
                    VisitLeaf((LeafBlock)block);
                    return;
                default:
                    // Code, HTML, thematic breaks, link definitions: nothing to translate, and a note
                    // written before them was not meant for what follows.
                    if (block is not LinkReferenceDefinitionGroup and not Markdig.Extensions.Yaml.YamlFrontMatterBlock)
                    {
                        _pendingNote = null;
                    }
                    return;
            }
        }

        private void VisitLeaf(LeafBlock leaf)
        {
            var captured = MarkdownPipelines.CapturedLines(leaf);
            if (captured is null || captured.Count == 0) { return; }
            var lines = captured.Where(l => l.End > l.Start).Select(l => (l.Line, l.Start, l.End)).ToList();
            if (lines.Count == 0) { return; }
            var attributes = leaf.TryGetAttributes();
            var isTask = leaf.Inline?.FirstChild is TaskList;

            if (attributes is not null) { StripAttributes(lines); }
            if (isTask) { StripTaskMarker(lines); }
            TrimBlankEdges(lines);
            if (lines.Count == 0) { return; }

            var hardBreaks = (leaf.Inline?.Descendants<LineBreakInline>() ?? []).Where(b => b.IsHard)
                .ToDictionary(b => b.Line, b => b.IsBackslash);
            var parts = lines.Select(l => (text[l.Start..l.End], hardBreaks.ContainsKey(l.Line), hardBreaks.GetValueOrDefault(l.Line))).ToList();
            var unitText = UnitText.Join(parts);
            if (parts.Count > 1 && !SoftBreaksAreSpaces(leaf, unitText, parts))
            {
                unitText = UnitText.Join(parts, keepSoftBreaks: true);
            }
            if (unitText.Length == 0) { return; }

            var kind = KindOf(leaf, attributes, isTask);
            var unit = units.Add(kind, unitText, attributes?.Id, leaf.Line + 1, TakeNote());
            var first = lines[0];
            var last = lines[^1];
            var end = last.Start + text[last.Start..last.End].TrimEnd().Length;
            Slots.Add(new Slot(first.Start, end, unit.Id, ContinuationPrefix(lines, first.Start), leaf is HeadingBlock { IsSetext: false }));
        }

        /// <summary>
        /// Folding soft breaks into spaces is safe for prose, but not where raw HTML is involved
        /// (inside &lt;pre&gt; or a tag the break matters) or where a break kept something from being
        /// a link; there the unit keeps its line breaks.
        /// </summary>
        private static bool SoftBreaksAreSpaces(LeafBlock leaf, string folded, List<(string, bool, bool)> parts)
        {
            if (leaf.Inline?.Descendants<HtmlInline>().Any() == true) { return false; }
            var unfolded = UnitText.Join(parts, keepSoftBreaks: true);
            static string Render(string s) => Markdown.ToHtml(s, MarkdownPipelines.Content).Replace('\n', ' ');
            return Render(folded) == Render(unfolded);
        }

        private void VisitCell(ParagraphBlock paragraph)
        {
            if (paragraph.Inline?.FirstChild is null) { return; }
            var start = paragraph.Inline.FirstChild.Span.Start;
            var end = paragraph.Inline.LastChild!.Span.End + 1;
            if (start < 0 || end <= start) { return; }
            var cellText = UnitText.Join([(text[start..end], false, false)]);
            if (cellText.Length == 0) { return; }
            var unit = units.Add(UnitKind.Cell, cellText, null, paragraph.Line + 1, TakeNote());
            var trimmedEnd = start + text[start..end].TrimEnd().Length;
            var trimmedStart = trimmedEnd - text[start..trimmedEnd].TrimStart().Length;
            Slots.Add(new Slot(trimmedStart, trimmedEnd, unit.Id, "", SingleLine: true));
        }

        private string TakeNote()
        {
            var note = _pendingNote ?? "";
            _pendingNote = null;
            return note;
        }

        private string ContinuationPrefix(List<(int Line, int Start, int End)> lines, int firstStart)
        {
            // A continuation line keeps its container markers (block quote '>'); other characters
            // of the first line's prefix (list markers) become spaces.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, firstStart - 1)) + 1;
            if (lines.Count > 1)
            {
                var secondStart = text.LastIndexOf('\n', Math.Max(0, lines[1].Start - 1)) + 1;
                return text[secondStart..lines[1].Start];
            }
            var prefix = text[lineStart..firstStart];
            return new string(prefix.Select(c => c == '>' || char.IsWhiteSpace(c) ? c : ' ').ToArray());
        }

        private void StripAttributes(List<(int Line, int Start, int End)> lines)
        {
            var last = lines[^1];
            var match = TrailingAttributes().Match(text[last.Start..last.End]);
            if (match.Success)
            {
                lines[^1] = (last.Line, last.Start, last.Start + match.Index);
            }
            else if (lines.Count > 1 && LeadingAttributesLine().IsMatch(text[lines[0].Start..lines[0].End]))
            {
                lines.RemoveAt(0);
            }
        }

        private void StripTaskMarker(List<(int Line, int Start, int End)> lines)
        {
            var first = lines[0];
            var match = TaskMarker().Match(text[first.Start..first.End]);
            if (match.Success) { lines[0] = (first.Line, first.Start + match.Length, first.End); }
        }

        private void TrimBlankEdges(List<(int Line, int Start, int End)> lines)
        {
            while (lines.Count > 0 && string.IsNullOrWhiteSpace(text[lines[0].Start..lines[0].End])) { lines.RemoveAt(0); }
            while (lines.Count > 0 && string.IsNullOrWhiteSpace(text[lines[^1].Start..lines[^1].End])) { lines.RemoveAt(lines.Count - 1); }
            if (lines.Count == 0) { return; }
            var first = lines[0];
            var lead = text[first.Start..first.End].Length - text[first.Start..first.End].TrimStart().Length;
            lines[0] = (first.Line, first.Start + lead, first.End);
        }

        private static UnitKind KindOf(LeafBlock leaf, HtmlAttributes? attributes, bool isTask)
        {
            var classes = attributes?.Classes ?? [];
            if (classes.Contains("field")) { return UnitKind.Field; }
            if (classes.Contains("signature")) { return UnitKind.Signature; }
            if (classes.Contains("date")) { return UnitKind.Date; }
            if (leaf is HeadingBlock) { return UnitKind.Heading; }
            if (isTask) { return UnitKind.Task; }
            return leaf.Parent is ListItemBlock ? UnitKind.ListItem : UnitKind.Paragraph;
        }

        private static string CommentText(HtmlBlock html)
        {
            var raw = string.Join("\n", html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString()));
            var start = raw.IndexOf("<!--", StringComparison.Ordinal);
            var end = raw.LastIndexOf("-->", StringComparison.Ordinal);
            var inner = start >= 0 && end > start ? raw[(start + 4)..end] : raw;
            return UnitText.CollapseSpaces(inner.Replace('\n', ' ')).Trim();
        }
    }

    [GeneratedRegex(@"\s*\{[^{}]*\}\s*$")]
    private static partial Regex TrailingAttributes();

    [GeneratedRegex(@"^\s*\{[^{}]*\}\s*$")]
    private static partial Regex LeadingAttributesLine();

    [GeneratedRegex(@"^\[[ xX]\][ \t]*")]
    private static partial Regex TaskMarker();
}

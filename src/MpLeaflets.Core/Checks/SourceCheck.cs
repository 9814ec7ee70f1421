using Markdig.Syntax;
using MpLeaflets.Units;

namespace MpLeaflets.Checks;

/// <summary>
/// What an English source must not do, because it would silently drop or garble text on paper or
/// make every translation obsolete: a code fence that is never closed (everything after it turns
/// into code, which is not printed), code blocks and raw HTML (not printed), lists or quotes nested
/// deeper than <see cref="MaxDepth"/>, a unit longer than <see cref="UnitText.MaxLength"/>, and
/// invisible characters that can reorder text. Each is a <see cref="ContentException"/> naming the
/// line, refused before any command writes anything.
/// </summary>
public static partial class SourceCheck
{
    /// <summary>How deep lists and quotes may nest (a leaflet needs two).</summary>
    public const int MaxDepth = 8;

    public static void Check(string file, MarkdownDocument document, IReadOnlyList<Unit> units)
    {
        foreach (var block in document.Descendants<Block>())
        {
            var line = block.Line + 1;
            switch (block)
            {
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    break;
                case FencedCodeBlock fenced when fenced.ClosingFencedCharCount == 0:
                    throw new ContentException(file, line, "the code fence opened on this line is never closed, so everything after it would be printed as nothing",
                        $"Close it with a line of {new string(fenced.FencedChar, Math.Max(3, fenced.OpeningFencedCharCount))}, or delete the fence");
                case FencedCodeBlock:
                    throw new ContentException(file, line, "a code block (``` fence) is not printed", "Write it as a paragraph, or put short code in `backticks`");
                case CodeBlock:
                    throw new ContentException(file, line, "this text is indented by four spaces or more, so it is a code block, which is not printed",
                        "Remove the indentation (or, inside a list item, indent it as much as the item's text)");
                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    throw new ContentException(file, line, "raw HTML is not printed", "Write it as Markdown; an HTML comment (<!-- … -->) is kept as a note for translators");
                case ContainerBlock container when Depth(container) > MaxDepth:
                    throw new ContentException(file, line, $"lists or quotes are nested more than {MaxDepth} deep here", "Flatten the list: a leaflet reads best with one or two levels");
            }
        }
        foreach (var unit in units)
        {
            if (unit.Source.Length > UnitText.MaxLength)
            {
                throw new ContentException(file, unit.Line, $"this block is {unit.Source.Length:N0} characters long; a heading, paragraph or item may have at most {UnitText.MaxLength:N0}",
                    "Split it into shorter paragraphs");
            }
            if (StrayAttribute().Match(unit.Source) is { Success: true } stray)
            {
                throw new ContentException(file, unit.Line, $"'{stray.Value}' is in the middle of this paragraph, so it would be printed as text: an id or field mark must end its block",
                    "Put a blank line after the line it ends, so the next line is a paragraph of its own");
            }
            if (HiddenCharacters.Problems(unit.Source).FirstOrDefault() is { } hidden)
            {
                throw new ContentException(file, unit.Line, hidden.Replace("the translation holds", "the text holds", StringComparison.Ordinal),
                    "Delete the invisible character");
            }
        }
    }

    /// <summary>A generic attribute ({#id}, {.field lines=2}) left inside a unit's text: Markdig reads them only at the end of a block.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[#.][A-Za-z][^{}]*\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StrayAttribute();

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var b = block; b is not null and not MarkdownDocument; b = b.Parent)
        {
            if (b is ListBlock or QuoteBlock) { depth++; }
        }
        return depth;
    }
}

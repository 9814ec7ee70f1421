using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace MpLeaflets.Units;

/// <summary>
/// The one Markdig pipeline the project reads content with. Generic attributes come last (Markdig's
/// rule), so <c>{.field lines=2}</c> at the end of a label is parsed as attributes, not text.
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>For rendering and checks: no hooks.</summary>
    public static MarkdownPipeline Content { get; } = Builder().Build();

    /// <summary>
    /// For segmentation: Markdig drops a leaf block's source lines once its inlines are parsed, so a
    /// hook on every block parser copies them (with positions, without container markers such as
    /// "> ") onto the block when it closes.
    /// </summary>
    public static MarkdownPipeline Segmenting { get; } = BuildSegmenting();

    public static IReadOnlyList<SourceLine>? CapturedLines(LeafBlock block) => block.GetData(LinesKey) as IReadOnlyList<SourceLine>;

    private static readonly object LinesKey = new();

    private static MarkdownPipelineBuilder Builder() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseTaskLists()
            .UsePreciseSourceLocation()
            .UseGenericAttributes();

    private static MarkdownPipeline BuildSegmenting()
    {
        var builder = Builder();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += Capture;
        }
        return builder.Build();
    }

    private static void Capture(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock leaf || leaf.Lines.Count == 0) { return; }
        var lines = new List<SourceLine>(leaf.Lines.Count);
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            var line = leaf.Lines.Lines[i];
            lines.Add(new SourceLine(line.Line, line.Slice.Start, line.Slice.End + 1));
        }
        leaf.SetData(LinesKey, lines);
    }
}

/// <summary>A line of a leaf block: 0-based line number and [Start, End) in the source text.</summary>
public readonly record struct SourceLine(int Line, int Start, int End);

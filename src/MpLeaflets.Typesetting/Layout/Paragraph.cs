using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A paragraph of inline spans. Without its own <see cref="Settings"/> it uses the document's
/// body text settings. Long paragraphs continue across pages with widow and orphan control.
/// </summary>
public sealed class Paragraph : Block
{
    public Paragraph(string text, TextSettings? settings = null)
        : this([new Span(text)], settings)
    {
    }

    public Paragraph(IEnumerable<Span> spans, TextSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(spans);
        Spans = spans.ToArray();
        Settings = settings;
    }

    public IReadOnlyList<Span> Spans { get; }

    public TextSettings? Settings { get; }

    /// <summary>
    /// The spans to set instead when <see cref="Spans"/> take more than one line at the width given
    /// (e.g. a form label: "label / English" on one line where it fits, else the English on a line
    /// of its own, so it is not cut in two after the slash).
    /// </summary>
    public IReadOnlyList<Span>? WhenWrapped { get; init; }

    internal TextSettings Resolve(LayoutContext context) => Settings ?? context.Body;

    internal TextBox Prepare(LayoutContext context) =>
        new(PreparedParagraph.Prepare(Spans, Resolve(context), context.Fonts), context.IsRightToLeft,
            WhenWrapped is null ? null : PreparedParagraph.Prepare(WhenWrapped, Resolve(context), context.Fonts));

    internal override LayoutElement CreateElement(LayoutContext context) =>
        new TextElement(Prepare(context), splittable: true, keepWithNext: false, new StructNode("P")) { SpaceAfter = ResolveSpaceAfter(context) };
}

/// <summary>A heading: bold, larger, never split, and never the last thing on a page.</summary>
public sealed class Heading : Block
{
    public Heading(string text, int level = 1, TextSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        Text = text;
        Level = level;
        Settings = settings;
    }

    public string Text { get; }

    public int Level { get; }

    public TextSettings? Settings { get; }

    internal override LayoutElement CreateElement(LayoutContext context)
    {
        var body = Settings ?? context.Body;
        var scale = Level switch { 1 => 1.5f, 2 => 1.25f, _ => 1.1f };
        var settings = body with { Size = body.Size * scale, LineSpacing = 1.25f };
        var paragraph = new Paragraph([new Span(Text, SpanStyle.Bold)], settings);
        return new TextElement(paragraph.Prepare(context), splittable: false, keepWithNext: true, StructNode.Heading(Level, Text))
        {
            SpaceAfter = SpaceAfter ?? body.Size * 0.4f,
            // Clearly more space above than below, so a heading reads with what follows it.
            SpaceBefore = body.Size * 0.8f,
            KeepWith = 1,
        };
    }
}

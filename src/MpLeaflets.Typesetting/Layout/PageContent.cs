using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// What one page draws, in page coordinates (points, y down). Pages are laid out completely
/// before any PDF is written, so fonts can be subset to exactly the glyphs all pages use.
/// </summary>
internal sealed class PageContent(int number)
{
    public int Number { get; } = number;

    public List<DrawOp> Ops { get; } = [];

    /// <summary>Which lines of which paragraph this page holds (for widow and orphan checks).</summary>
    public List<(object Paragraph, int Line, int LineCount)> TextLines { get; } = [];

    /// <summary>Height the body content takes on this page (for overflow reports).</summary>
    public float UsedHeight { get; set; }

    /// <summary>How many elements drew on this page (a part of a paragraph counts as one).</summary>
    public int Elements { get; set; }

    /// <summary>How many of them were boxes, fields, rules or rows (anything but lines of text).</summary>
    public int Atomics { get; set; }

    public void Glyphs(LinePiece piece, float x, float baseline) => Ops.Add(new GlyphOp(piece, x, baseline));

    public void Line(float x1, float y1, float x2, float y2, float width) => Ops.Add(new LineOp(x1, y1, x2, y2, width));

    public void Rect(float x, float y, float width, float height, float stroke) => Ops.Add(new RectOp(x, y, width, height, stroke));

    public void Link(float x, float y, float width, float height, string uri) => Ops.Add(new LinkOp(x, y, width, height, uri));

    /// <summary>What follows, until <see cref="Close"/>, is content of <paramref name="node"/> (nested in the open one).</summary>
    public void Open(StructNode node) => Ops.Add(new OpenOp(node, null));

    /// <summary>What follows, until <see cref="Close"/>, is an artifact (§14.8.2.2), e.g. "Footer": not read aloud.</summary>
    public void OpenArtifact(string subtype) => Ops.Add(new OpenOp(null, subtype));

    public void Close() => Ops.Add(CloseOp.Instance);
}

internal abstract record DrawOp;

internal sealed record GlyphOp(LinePiece Piece, float X, float Baseline) : DrawOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, float Width) : DrawOp;

internal sealed record RectOp(float X, float Y, float Width, float Height, float Stroke) : DrawOp;

internal sealed record LinkOp(float X, float Y, float Width, float Height, string Uri) : DrawOp;

/// <summary>Starts content of a structure node, or (with no node) of an artifact of a pagination subtype.</summary>
internal sealed record OpenOp(StructNode? Node, string? Artifact) : DrawOp;

internal sealed record CloseOp : DrawOp
{
    public static CloseOp Instance { get; } = new();
}

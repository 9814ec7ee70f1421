using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>One line of a paragraph, its pieces already in visual order (left to right).</summary>
internal sealed class TextLine(List<LinePiece> pieces, float width, float height, float baseline, int start, int end)
{
    public List<LinePiece> Pieces { get; } = pieces;

    /// <summary>Width of the visible text (trailing spaces hang outside, UAX #14 LB7 allows no break before them).</summary>
    public float Width { get; } = width;

    /// <summary>Distance from this line's top to the next line's top.</summary>
    public float Height { get; } = height;

    /// <summary>Distance from the line's top to its baseline.</summary>
    public float Baseline { get; } = baseline;

    /// <summary>Logical range of the paragraph text this line holds.</summary>
    public int Start { get; } = start;

    public int End { get; } = end;
}

/// <summary>
/// A slice of one shaped run placed on a line: glyph ids in visual order with positions relative to
/// the piece's origin, plus its text and cluster map (UTF-16 offsets into <see cref="Text"/>).
/// </summary>
internal sealed class LinePiece
{
    public required FontFace Face { get; init; }

    public required float Size { get; init; }

    /// <summary>Left edge relative to the line's left edge.</summary>
    public float X { get; set; }

    public required float Width { get; init; }

    public required ushort[] Glyphs { get; init; }

    public required float[] Xs { get; init; }

    /// <summary>Vertical offsets (down is positive), or null when every glyph sits on the baseline.</summary>
    public float[]? Ys { get; init; }

    /// <summary>The pen advance of each glyph as shaped, in points.</summary>
    public required float[] Advances { get; init; }

    public required string Text { get; init; }

    public required uint[] Clusters { get; init; }

    /// <summary>BCP 47 language of the span (for /Lang where it differs from the document's).</summary>
    public required string Language { get; init; }

    public bool IsRightToLeft { get; init; }

    public SpanStyle Style { get; init; }

    public string? Link { get; init; }

    /// <summary>Where the piece starts in the paragraph text: pieces are drawn in this order.</summary>
    public int LogicalStart { get; init; }
}

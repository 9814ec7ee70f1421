using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>
/// A prepared paragraph with its lines for one width (broken again only when the width changes),
/// and the code that draws those lines aligned to the page's start side. When the paragraph takes
/// more than one line and has a <paramref name="whenWrapped"/> form, that form's lines are used.
/// </summary>
internal sealed class TextBox(PreparedParagraph paragraph, bool pageIsRightToLeft, PreparedParagraph? whenWrapped = null)
{
    private float _width = float.NaN;
    private List<TextLine> _lines = [];

    public PreparedParagraph Paragraph { get; } = paragraph;

    public IReadOnlyList<TextLine> Lines(float width)
    {
        if (width != _width)
        {
            _lines = LineBuilder.Break(Paragraph, width);
            if (_lines.Count > 1 && whenWrapped is not null)
            {
                _lines = LineBuilder.Break(whenWrapped, width);
            }

            _width = width;
        }

        return _lines;
    }

    public float Height(float width) => Lines(width).Sum(l => l.Height);

    /// <summary>Draws lines [from, from+count) from the top of <paramref name="area"/>; returns the height used.</summary>
    public float Draw(PageContent page, Area area, int from, int count)
    {
        var lines = Lines(area.Width);
        var y = area.Y;
        for (var i = from; i < from + count && i < lines.Count; i++)
        {
            DrawLine(page, lines[i], area, y);
            y += lines[i].Height;
        }

        return y - area.Y;
    }

    private void DrawLine(PageContent page, TextLine line, Area area, float top)
    {
        // Start means the page's start side: right on a right-to-left page (ragged left edge).
        var alignRight = Paragraph.Settings.Align switch
        {
            TextAlign.End => !pageIsRightToLeft,
            TextAlign.Center => false,
            _ => pageIsRightToLeft,
        };
        var left = Paragraph.Settings.Align == TextAlign.Center
            ? area.X + ((area.Width - line.Width) / 2)
            : alignRight ? area.X + area.Width - line.Width : area.X;
        var baseline = top + line.Baseline;
        // Drawn in logical order (positions are already visual) so the content stream reads in order.
        foreach (var piece in line.Pieces.OrderBy(p => p.LogicalStart))
        {
            var x = left + piece.X;
            page.Glyphs(piece, x, baseline);
            if (piece.Link is not null || piece.Style.HasFlag(SpanStyle.Underline))
            {
                var offset = piece.Size * 0.15f;
                page.Line(x, baseline + offset, x + piece.Width, baseline + offset, piece.Size * 0.06f);
            }

            if (piece.Link is not null)
            {
                page.Link(x, top, piece.Width, line.Height, piece.Link);
            }
        }
    }
}

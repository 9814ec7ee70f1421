using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Pdf;

namespace MpLeaflets.Typesetting;

/// <summary>
/// The engine's entry point: add blocks, then <see cref="Layout"/> to paginate or
/// <see cref="WriteTo"/> to write the PDF. The block list can be laid out any number of times.
/// </summary>
public sealed class TypesetDocument(DocumentSettings settings)
{
    private readonly List<Block> _blocks = [];

    public DocumentSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public IReadOnlyList<Block> Blocks => _blocks;

    public TypesetDocument Add(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
        return this;
    }

    public TypesetDocument AddRange(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            Add(block);
        }

        return this;
    }

    /// <summary>The width a paragraph takes set on one line (its widest line where it has hard breaks), in points.</summary>
    public float NaturalWidth(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var s = Settings;
        var box = paragraph.Prepare(new LayoutContext(s.Fonts, s.Body, s.Digits));
        return box.Lines(float.MaxValue / 4).Max(l => l.Width);
    }

    /// <summary>Paginates without writing a PDF (for page counts and overflow checks).</summary>
    public LayoutResult Layout()
    {
        var s = Settings;
        var context = new LayoutContext(s.Fonts, s.Body, s.Digits);
        var width = s.PageSize.Width - s.Margins.Left - s.Margins.Right;
        var height = s.PageSize.Height - s.Margins.Top - s.Margins.Bottom;
        var paginator = Balanced(context, width, height);

        foreach (var page in paginator.Pages)
        {
            var info = new PageInfo(page.Number, paginator.Pages.Count, s.Digits);
            DrawRunning(page, s.Header?.Invoke(info), context, width, top: true);
            DrawRunning(page, s.Footer?.Invoke(info), context, width, top: false);
        }

        return new LayoutResult(paginator.Pages, paginator.Overflows);
    }

    /// <summary>
    /// The pages, with no last page of only one or two lines: first the space between blocks is
    /// tightened a little, in case everything then fits one page fewer (a leaflet's booklet needs
    /// whole sheets); if not, the page before the last holds a line less at a time until the last
    /// page has three or more.
    /// </summary>
    private Paginator Balanced(LayoutContext context, float width, float height)
    {
        var s = Settings;
        Paginator Run(float spacing, int shorterPage, float less)
        {
            var paginator = new Paginator(s.Margins.Top, s.Margins.Left, width, height)
            {
                Spacing = spacing,
                HeightOfPage = page => page == shorterPage ? height - less : height,
            };
            paginator.Run(_blocks.Select(b => b.Element(context)).ToArray());
            return paginator;
        }

        var first = Run(1f, 0, 0);
        if (!first.EndsOnAShortPage)
        {
            return first;
        }

        var pages = first.Pages.Count;
        foreach (var spacing in new[] { 0.85f, 0.7f })
        {
            var tighter = Run(spacing, 0, 0);
            if (tighter.Pages.Count < pages && !tighter.EndsOnAShortPage) { return tighter; }
        }

        var line = s.Body.Size * s.Body.LineSpacing;
        for (var lines = 1; lines <= 6; lines++)
        {
            var moved = Run(1f, pages - 1, lines * line);
            if (moved.Pages.Count != pages) { break; }
            if (!moved.EndsOnAShortPage) { return moved; }
        }

        return first;
    }

    /// <summary>Lays out and writes the PDF to <paramref name="output"/>.</summary>
    public TypesetResult WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var layout = Layout();
        var file = new PdfFile(Settings.Metadata, Settings.Language ?? Settings.Body.Language) { Duplex = Settings.Duplex };
        file.AddPages(layout, Settings.PageSize);
        var bytes = file.ToArray();
        output.Write(bytes);
        return new TypesetResult(layout, bytes.Length);
    }

    private void DrawRunning(PageContent page, Block? block, LayoutContext context, float width, bool top)
    {
        if (block is null)
        {
            return;
        }

        var s = Settings;
        var element = block.Element(context);
        var plan = element.Measure(new Space(width, float.MaxValue, true));
        var gap = s.Body.Size * 0.6f;
        var y = top ? Math.Max(0, s.Margins.Top - gap - plan.Height)
            : s.FooterFromBottom is { } edge ? s.PageSize.Height - edge - plan.Height
            : s.PageSize.Height - s.Margins.Bottom + gap;
        // Running headers and footers are pagination artifacts (ISO 32000-1 §14.8.2.2): not read as content.
        page.OpenArtifact(top ? "Header" : "Footer");
        element.Draw(page, new Area(s.Margins.Left, y, width), plan);
        page.Close();
    }
}

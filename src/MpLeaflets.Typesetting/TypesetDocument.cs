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

    /// <summary>Paginates without writing a PDF (for page counts and overflow checks).</summary>
    public LayoutResult Layout()
    {
        var s = Settings;
        var context = new LayoutContext(s.Fonts, s.Body, s.Digits);
        var width = s.PageSize.Width - s.Margins.Left - s.Margins.Right;
        var height = s.PageSize.Height - s.Margins.Top - s.Margins.Bottom;
        var paginator = new Paginator(s.Margins.Top, s.Margins.Left, width, height);
        paginator.Run(_blocks.Select(b => b.CreateElement(context)).ToArray());

        foreach (var page in paginator.Pages)
        {
            var info = new PageInfo(page.Number, paginator.Pages.Count, s.Digits);
            DrawRunning(page, s.Header?.Invoke(info), context, width, top: true);
            DrawRunning(page, s.Footer?.Invoke(info), context, width, top: false);
        }

        return new LayoutResult(paginator.Pages, paginator.Overflows);
    }

    /// <summary>Lays out and writes the PDF to <paramref name="output"/>.</summary>
    public TypesetResult WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var layout = Layout();
        var file = new PdfFile(Settings.Metadata, Settings.Language ?? Settings.Body.Language);
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
        var element = block.CreateElement(context);
        var plan = element.Measure(new Space(width, float.MaxValue, true));
        var gap = s.Body.Size * 0.6f;
        var y = top ? Math.Max(0, s.Margins.Top - gap - plan.Height) : s.PageSize.Height - s.Margins.Bottom + gap;
        // Running headers and footers are pagination artifacts (ISO 32000-1 §14.8.2.2): not read as content.
        page.OpenArtifact(top ? "Header" : "Footer");
        element.Draw(page, new Area(s.Margins.Left, y, width), plan);
        page.Close();
    }
}

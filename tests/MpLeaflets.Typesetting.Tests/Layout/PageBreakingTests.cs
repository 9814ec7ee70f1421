using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Layout;

public sealed class PageBreakingTests
{
    private const float Body = 12f;
    private const float HeadingSize = Body * 1.5f;

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var doc = Docs.New("fr");
        var text = Docs.Samples["fr"];
        for (var i = 0; i < 40; i++)
        {
            doc.Add(new Heading($"Section {i}"));
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(text, 1 + (i % 4)))));
        }

        var pages = doc.Layout().Pages;

        Assert.True(pages.Count > 5);
        foreach (var page in pages)
        {
            var last = page.Ops.OfType<GlyphOp>().MaxBy(g => g.Baseline)!;
            Assert.NotEqual(HeadingSize, last.Piece.Size);
        }
    }

    [Fact]
    public void No_page_starts_or_ends_with_a_single_line_of_a_paragraph()
    {
        var doc = Docs.New("fr");
        var text = Docs.Samples["fr"];
        for (var i = 0; i < 30; i++)
        {
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(text, 1 + (i % 5)))));
        }

        var pages = doc.Layout().Pages;

        // Paragraph text is the only text here, so split paragraphs show as pages whose first or
        // last block has one line. Count lines per block by the spacing between baselines.
        for (var p = 0; p + 1 < pages.Count; p++)
        {
            var tail = Lines(pages[p]);
            var head = Lines(pages[p + 1]);
            var gapEnd = tail.Count >= 2 ? tail[^1] - tail[^2] : 0;
            var gapStart = head.Count >= 2 ? head[1] - head[0] : 0;
            var lineStep = Body * 1.35f + 1;
            Assert.False(gapEnd > lineStep && SplitAcross(pages, p), $"page {p + 1} ends with an orphan line");
            Assert.False(gapStart > lineStep && SplitAcross(pages, p), $"page {p + 2} starts with a widow line");
        }
    }

    [Fact]
    public void Widow_and_orphan_control_moves_a_line_with_the_paragraph_end()
    {
        var doc = Docs.New("fr");
        var paragraph = new Paragraph(string.Join(" ", Enumerable.Repeat(Docs.Samples["fr"], 3)));
        var element = (LayoutElement)typeof(Block).GetMethod("CreateElement", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .Invoke(paragraph, [new LayoutContext(doc.Settings.Fonts, doc.Settings.Body, doc.Settings.Digits)])!;
        var width = Units.Mm(118);
        var all = element.Measure(new Space(width, 10_000, false));
        var lineHeight = all.Height / all.Count;

        var oneShort = element.Measure(new Space(width, lineHeight * (all.Count - 1) + 1, false));
        var oneLine = element.Measure(new Space(width, lineHeight * 1.5f, false));

        Assert.True(all.Count >= 4);
        Assert.Equal(PlanKind.Partial, oneShort.Kind);
        Assert.Equal(all.Count - 2, oneShort.Count); // never leave the last line alone (widow)
        Assert.Equal(PlanKind.Wrap, oneLine.Kind); // never leave the first line alone (orphan)
    }

    [Fact]
    public void A_long_paragraph_continues_across_pages_without_losing_or_repeating_a_character()
    {
        var words = Enumerable.Range(1, 900).Select(i => $"mot{i}");
        var text = string.Join(" ", words);
        var doc = Docs.New("fr").Add(new Paragraph(text));

        var result = doc.Layout();
        var pdf = Docs.Pdf(doc);

        Assert.True(result.PageCount >= 3, $"only {result.PageCount} pages");
        Assert.Equal(text, Docs.Collapse(Tools.PdfToText(pdf)));
    }

    [Fact]
    public void Tick_box_items_and_fields_are_never_split()
    {
        var doc = Docs.New("fr");
        for (var i = 0; i < 25; i++)
        {
            doc.Add(new TickBoxItem(new Paragraph(Docs.Samples["fr"]), new Paragraph("Second line in English.", Docs.English(9))));
            doc.Add(new WriteInField(new Paragraph("Nom complet"), 2));
        }

        var pages = doc.Layout().Pages;

        // Each item draws its box and then two paragraphs; a page that starts with text and no box
        // above it would be the tail of a split item.
        foreach (var page in pages.Skip(1))
        {
            var firstText = page.Ops.OfType<GlyphOp>().Min(g => g.Baseline);
            var firstShape = page.Ops.Where(o => o is RectOp or LineOp).Select(o => o is RectOp r ? r.Y : ((LineOp)o).Y1).DefaultIfEmpty(float.MaxValue).Min();
            Assert.True(firstShape > doc.Settings.Margins.Top - 1);
            Assert.True(firstText < firstShape + 20, "a page began with the tail of an item");
        }
    }

    [Fact]
    public void A_one_page_document_that_overflows_reports_by_how_many_millimetres()
    {
        var doc = Docs.New("fr", PageSize.A4);
        for (var i = 0; i < 40; i++)
        {
            doc.Add(new TickBoxItem(new Paragraph(Docs.Samples["fr"])));
        }

        var result = doc.Layout();

        Assert.True(result.PageCount > 1);
        Assert.InRange(result.OverflowMillimetres(1), 1, 2000);
        Assert.Equal(0, result.OverflowMillimetres(result.PageCount));
    }

    private static List<float> Lines(PageContent page) =>
        page.Ops.OfType<GlyphOp>().Select(g => g.Baseline).Distinct().Order().ToList();

    private static bool SplitAcross(IReadOnlyList<PageContent> pages, int p) => p + 1 < pages.Count;
}

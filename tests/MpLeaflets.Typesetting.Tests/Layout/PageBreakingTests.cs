using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Layout;

public sealed class PageBreakingTests
{
    private const float HeadingSize = 12f * 1.5f;

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
        for (var i = 0; i < 40; i++)
        {
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(text, 1 + (i % 5)))));
        }

        var pages = doc.Layout().Pages;
        var split = 0;

        foreach (var page in pages)
        {
            foreach (var part in page.TextLines.GroupBy(l => l.Paragraph))
            {
                var lines = part.ToList();
                if (lines.Count == lines[0].LineCount)
                {
                    continue; // the whole paragraph is on this page
                }

                split++;
                Assert.True(lines.Count >= 2, $"page {page.Number} holds a single line ({lines[0].Line + 1} of {lines[0].LineCount}) of a split paragraph");
            }
        }

        Assert.True(split > 4, "the document should split several paragraphs across pages");
    }

    [Fact]
    public void Widow_and_orphan_control_moves_a_line_with_the_paragraph_end()
    {
        var doc = Docs.New("fr");
        var paragraph = new Paragraph(string.Join(" ", Enumerable.Repeat(Docs.Samples["fr"], 3)));
        var element = (LayoutElement)typeof(Block).GetMethod("CreateElement", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .Invoke(paragraph, [new LayoutContext(doc.Settings.Fonts, doc.Settings.Body, doc.Settings.Digits)])!;
        var width = Points.FromMm(118);
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
    public void Carriage_returns_tabs_and_empty_paragraphs_do_not_throw()
    {
        var doc = Docs.New("fr")
            .Add(new Paragraph("ligne un\r\nligne deux\rligne trois\ttab"))
            .Add(new Paragraph(""))
            .Add(new Paragraph("fin"));

        var text = Docs.Collapse(Tools.PdfToText(Docs.Pdf(doc)));

        Assert.Equal("ligne un ligne deux ligne trois tab fin", text);
        Assert.Equal(3, doc.Layout().Pages[0].TextLines.Count(l => l.LineCount == 3));
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

    [Fact]
    public void A_field_taller_than_a_page_is_still_drawn_and_reported()
    {
        var doc = Docs.New("fr").Add(new Paragraph("Avant")).Add(new WriteInField(new Paragraph("Notes"), 30));

        var result = doc.Layout();

        Assert.Equal(2, result.PageCount);
        var overflow = Assert.Single(result.Overflows);
        Assert.Contains("write-in field \"Notes\"", overflow, StringComparison.Ordinal);
        Assert.Contains("mm taller than a page", overflow, StringComparison.Ordinal);
    }
}

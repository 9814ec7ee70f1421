using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace MpLeaflets.Typesetting.Tests.Layout;

public sealed class DocumentShapeTests
{
    [Theory]
    [InlineData("A5", 419.5, 595.3)]
    [InlineData("A4", 595.3, 841.9)]
    [InlineData("A4Landscape", 841.9, 595.3)]
    public void Pages_have_the_requested_size(string name, double width, double height)
    {
        var size = name switch { "A5" => PageSize.A5, "A4" => PageSize.A4, _ => PageSize.A4Landscape };
        var pdf = Docs.Pdf(Docs.New("fr", size).Add(new Paragraph(Docs.Samples["fr"])));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        Assert.Equal(width, page.Width, 0.5);
        Assert.Equal(height, page.Height, 0.5);
    }

    [Fact]
    public void Large_print_sets_body_text_at_16_points_and_takes_more_pages()
    {
        static TypesetDocument Build(float size)
        {
            var doc = Docs.New("bn", body: size);
            for (var i = 0; i < 8; i++)
            {
                doc.Add(new Paragraph(Docs.Samples["bn"]));
            }

            return doc;
        }

        var normal = Build(12).Layout();
        var large = Build(16).Layout();

        Assert.All(large.Pages.SelectMany(p => p.Ops).OfType<GlyphOp>(), g => Assert.Equal(16f, g.Piece.Size));
        Assert.True(large.PageCount > normal.PageCount);
    }

    [Fact]
    public void An_arabic_item_with_english_under_it_prints_both_languages_on_one_page()
    {
        var doc = Docs.New("ar", PageSize.A4)
            .Add(new TickBoxItem(new Paragraph("أحضر رسالة وزارة الداخلية"), new Paragraph("Bring your Home Office letter", Docs.English(9))));

        var text = Tools.PdfToRawText(Docs.Pdf(doc));

        Assert.Contains("Bring your Home Office letter", Docs.Collapse(text), StringComparison.Ordinal);
        Assert.Contains(Docs.Letters("أحضر رسالة وزارة الداخلية"), Docs.Letters(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_header_appears_on_every_page()
    {
        var doc = new TypesetDocument(Docs.New("fr").Settings with
        {
            Header = page => new Paragraph($"Votre MP — page {page.NumberText}", Docs.English(8)),
        });
        for (var i = 0; i < 10; i++)
        {
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(Docs.Samples["fr"], 3))));
        }

        var text = Tools.PdfToText(Docs.Pdf(doc));
        var pages = doc.Layout().PageCount;

        Assert.True(pages >= 2);
        for (var p = 1; p <= pages; p++)
        {
            Assert.Contains($"Votre MP — page {p}", text, StringComparison.Ordinal);
        }
    }
}

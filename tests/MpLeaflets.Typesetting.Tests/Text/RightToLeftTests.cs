using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace MpLeaflets.Typesetting.Tests.Text;

public sealed class RightToLeftTests
{
    private const string Phone = "020 7346 6700";
    private const string Organisation = "Refugee Action";
    private const string Email = "advice@refugee-action.org.uk";
    private static readonly string Line = $"اتصل بمنظمة {Organisation} على الرقم {Phone} أو راسلها على {Email} اليوم.";

    [Fact]
    public void A_phone_number_an_english_name_and_an_email_extract_in_reading_order()
    {
        // Extractors guess a page's main direction by counting letters: give the page the
        // Arabic around the line that a real leaflet has.
        var pdf = Docs.Pdf(Docs.New("ar", PageSize.A4).Add(new Paragraph(Docs.Samples["ar"])).Add(new Paragraph(Line)));

        var text = Docs.Collapse(Tools.PdfToText(pdf).Replace("\u202B", "").Replace("\u202C", "").Replace("\u202A", ""));

        var name = text.IndexOf(Organisation, StringComparison.Ordinal);
        var phone = text.IndexOf(Phone, StringComparison.Ordinal);
        var email = text.IndexOf(Email, StringComparison.Ordinal);
        Assert.True(name >= 0 && phone > name && email > phone, $"order wrong in: {text}");
        Assert.DoesNotContain("6700 7346 020", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glyphs_of_a_phone_number_are_drawn_left_to_right()
    {
        var pdf = Docs.Pdf(Docs.New("ar", PageSize.A4).Add(new Paragraph(Line)));

        using var document = PdfDocument.Open(pdf);
        var digits = document.GetPage(1).Letters
            .Where(l => l.Value.Length == 1 && char.IsAsciiDigit(l.Value[0]))
            .OrderBy(l => l.StartBaseLine.X)
            .Select(l => l.Value);

        Assert.Equal(Phone.Replace(" ", ""), string.Concat(digits));
    }

    [Fact]
    public void Every_line_of_an_arabic_paragraph_ends_at_the_right_margin()
    {
        var doc = Docs.New("ar");
        doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(Docs.Samples["ar"], 4))));
        var settings = doc.Settings;
        var right = settings.PageSize.Width - settings.Margins.Right;

        var lines = doc.Layout().Pages[0].Ops.OfType<GlyphOp>().GroupBy(g => g.Baseline).ToList();

        Assert.True(lines.Count >= 4, $"expected a wrapped paragraph, got {lines.Count} lines");
        Assert.All(lines, line => Assert.Equal(right, line.Max(g => g.X + g.Piece.Width), 0.5f));
        Assert.All(lines, line => Assert.True(line.Min(g => g.X) >= settings.Margins.Left - 0.5f));
    }

    [Fact]
    public void Tick_boxes_list_markers_and_signature_boxes_sit_on_the_right_of_a_right_to_left_page()
    {
        var doc = Docs.New("ar");
        doc.Add(new TickBoxItem(new Paragraph(Docs.Samples["ar"]), new Paragraph("Bring your letter.", Docs.English(9))));
        doc.Add(BoxField.Signature(new Paragraph("التوقيع")));
        var right = doc.Settings.PageSize.Width - doc.Settings.Margins.Right;

        var boxes = doc.Layout().Pages[0].Ops.OfType<RectOp>().ToList();

        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, b => Assert.Equal(right, b.X + b.Width, 0.5f));
    }

    [Fact]
    public void Tick_boxes_sit_on_the_left_of_a_left_to_right_page()
    {
        var doc = Docs.New("fr").Add(new TickBoxItem(new Paragraph(Docs.Samples["fr"])));

        var box = Assert.Single(doc.Layout().Pages[0].Ops.OfType<RectOp>());

        Assert.Equal(doc.Settings.Margins.Left, box.X, 0.5f);
    }
}

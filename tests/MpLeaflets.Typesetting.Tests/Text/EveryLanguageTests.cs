using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Text;

public sealed class EveryLanguageTests
{
    public static TheoryData<string> Languages() =>
        new("sq", "ar", "fa", "ps", "ur", "ckb", "ti", "am", "bn", "ta", "vi", "zh-Hans", "fr");

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_paragraph_reads_back_from_the_pdf_as_it_was_written(string language)
    {
        var text = Docs.Samples[language];
        var pdf = Docs.Pdf(Docs.New(language).Add(new Paragraph(text)));

        var extracted = Tools.PdfToText(pdf);

        Assert.Equal(Docs.Letters(text), Docs.Letters(extracted));
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("fr")]
    [InlineData("vi")]
    [InlineData("ta")]
    [InlineData("am")]
    public void Words_of_left_to_right_samples_keep_their_spaces(string language)
    {
        var text = Docs.Samples[language];
        var pdf = Docs.Pdf(Docs.New(language, PageSize.A4).Add(new Paragraph(text)));

        Assert.Equal(Docs.Collapse(text), Docs.Collapse(Tools.PdfToText(pdf)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_four_page_a5_leaflet_is_well_under_150_kb(string language)
    {
        var doc = Docs.New(language);
        var text = Docs.Samples[language];
        while (doc.Layout().PageCount < 4)
        {
            doc.Add(new Heading(text[..20], 2)).Add(new Paragraph(text)).Add(new TickBoxItem(new Paragraph(text)));
        }

        var pdf = Docs.Pdf(doc);

        Assert.InRange(pdf.Length, 1, 150 * 1024);
    }
}

using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Layout;

public sealed class RunningHeaderTests
{
    [Fact]
    public void Footers_number_pages_in_the_languages_digits_with_the_page_count()
    {
        var doc = new TypesetDocument(Docs.New("ar").Settings with
        {
            Footer = page => new Paragraph($"{page.NumberText}/{page.CountText}"),
        });
        for (var i = 0; i < 12; i++)
        {
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(Docs.Samples["ar"], 3))));
        }

        var pdf = Docs.Pdf(doc);
        var text = Tools.PdfToText(pdf);

        Assert.Contains("١/", text, StringComparison.Ordinal);
        Assert.Contains("٢/", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Digits.Latin, 120, "120")]
    [InlineData(Digits.ArabicIndic, 120, "١٢٠")]
    [InlineData(Digits.ExtendedArabicIndic, 45, "۴۵")]
    [InlineData(Digits.Bengali, 7, "৭")]
    public void Numbers_are_written_in_the_chosen_digits(Digits digits, int number, string expected)
    {
        Assert.Equal(expected, digits.Format(number));
    }
}

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
    [InlineData("latn", 120, "120")]
    [InlineData("arab", 120, "١٢٠")]
    [InlineData("arabext", 45, "۴۵")]
    [InlineData("beng", 7, "৭")]
    [InlineData("tamldec", 12, "௧௨")]
    [InlineData("deva", 3, "३")]
    public void Numbers_are_written_in_the_chosen_digits(string digits, int number, string expected)
    {
        Assert.Equal(expected, MpLeaflets.Text.DigitSystem.Parse(digits).Format(number));
    }
}

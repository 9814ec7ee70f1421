using System.Globalization;
using System.Xml.Linq;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Text;

/// <summary>
/// A phone number or an English name inside Urdu or Arabic is set in the Latin font: the Nastaliq
/// and Naskh fonts have Latin glyphs of their own, with a space so narrow that a reader copying
/// "020 7219 3000" by hand sees "0207219 3000". Read back with MuPDF, font and box per character.
/// </summary>
public sealed class LatinInRightToLeftTests
{
    [Theory]
    [InlineData("ur", "آپ دارالعوام (House of Commons) کو 020 7219 3000 پر فون کریں، صفحہ ۱۰", "NotoNastaliqUrdu")]
    [InlineData("ar", "اتصل بمجلس العموم (House of Commons) على 020 7219 3000 الصفحة ١٠", "NotoNaskhArabic")]
    public void Latin_letters_and_european_digits_take_the_latin_font_and_the_languages_own_digits_stay_in_its_font(string language, string text, string font)
    {
        var chars = Characters(Tools.MutoolStext(Docs.Pdf(Docs.New(language).Add(new Paragraph(text)))));

        var latin = chars.Where(c => char.IsAsciiLetterOrDigit(c.Char)).ToList();
        Assert.Equal(text.Count(char.IsAsciiLetterOrDigit), latin.Count);
        Assert.All(latin, c => Assert.DoesNotContain(font, c.Font, StringComparison.Ordinal));
        Assert.All(latin, c => Assert.Contains("NotoSans", c.Font, StringComparison.Ordinal));
        var own = chars.Where(c => c.Char is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9').ToList();
        Assert.Equal(2, own.Count);
        Assert.All(own, c => Assert.Contains(font, c.Font, StringComparison.Ordinal));

        // The groups of the phone number stand apart by at least a fifth of the type size (12 pt).
        var digits = latin.Where(c => char.IsAsciiDigit(c.Char)).OrderBy(c => c.Left).ToList();
        Assert.Equal("02072193000", string.Concat(digits.Select(c => c.Char)));
        foreach (var after in new[] { 2, 6 })
        {
            Assert.True(digits[after + 1].Left - digits[after].Right >= 2.4, $"{digits[after + 1].Left - digits[after].Right:0.00} pt between the groups");
        }
    }

    private static List<(char Char, string Font, double Left, double Right)> Characters(string stext) =>
        [.. XDocument.Parse(stext).Descendants("font").SelectMany(font => font.Descendants("char").Select(c =>
        {
            var quad = ((string)c.Attribute("quad")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            return (((string)c.Attribute("c")!)[0], (string)font.Attribute("name")!, quad[0], quad[2]);
        }))];
}

using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Tests.Text;

public sealed class MissingGlyphTests
{
    [Theory]
    [InlineData("Call us 😀 today", 0x1F600)]
    [InlineData("Private \uE000 use", 0xE000)]
    public void A_character_no_font_has_fails_naming_the_code_point_and_the_fonts_tried(string text, int codePoint)
    {
        var doc = Docs.New("fr").Add(new Paragraph(text));

        var error = Assert.Throws<MissingGlyphException>(() => doc.Layout());

        Assert.Equal(codePoint, error.CodePoint);
        Assert.Contains($"U+{codePoint:X4}", error.Message, StringComparison.Ordinal);
        Assert.Contains("NotoSans-Regular", error.Message, StringComparison.Ordinal);
        Assert.Contains("NotoSansSC-Regular", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains("fr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_folder_says_how_to_get_the_fonts()
    {
        var catalog = new Fonts.FontCatalog(Path.Combine(Path.GetTempPath(), "no-such-fonts"));
        var settings = Docs.New("fr").Settings with { Fonts = catalog };
        var doc = new TypesetDocument(settings).Add(new Paragraph("Bonjour"));

        var error = Assert.Throws<Fonts.FontNotFoundException>(() => doc.Layout());

        Assert.Contains("dotnet build", error.Message, StringComparison.Ordinal);
    }
}

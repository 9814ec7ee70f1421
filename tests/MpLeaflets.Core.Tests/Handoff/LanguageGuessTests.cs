using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Text;

namespace MpLeaflets.Tests.Handoff;

public sealed class LanguageGuessTests
{
    private static readonly LanguageCatalog Catalog = new(
        new[] { "ar", "fa", "zh-Hans", "ta" }.Select(code => new Language(code, code, code, TextDirection.LeftToRight, "Latn", [], "latn")).ToList());

    [Theory]
    [InlineData("ar.csv", "ar")]
    [InlineData("returned/leaflet-fa.po", "fa")]
    [InlineData("mp-leaflets-zh-Hans-reviewed.csv", "zh-Hans")]
    [InlineData("Tamil_ta (2).csv", "ta")]
    [InlineData("target.csv", null)]
    [InlineData("ar-to-fa.csv", null)]
    public void The_language_is_a_code_standing_as_a_word_in_the_file_name(string path, string? code)
    {
        Assert.Equal(code, LanguageGuess.FromFileName(path, Catalog)?.Code);
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("ar_EG", "ar")]
    [InlineData("zh_Hans", "zh-Hans")]
    [InlineData("de", null)]
    public void A_PO_header_language_as_editors_write_it_is_understood(string header, string? code)
    {
        Assert.Equal(code, LanguageGuess.FromHeader(header, Catalog)?.Code);
    }

    [Theory]
    [InlineData("fr.po", "", HandoffFormat.Po)]
    [InlineData("fr.csv", "msgid", HandoffFormat.Csv)]
    [InlineData("fr.txt", "\uFEFF# comment\nmsgid \"\"", HandoffFormat.Po)]
    [InlineData("fr", "\"id\",\"english\"", HandoffFormat.Csv)]
    public void The_format_is_told_by_the_extension_or_else_by_the_content(string name, string text, HandoffFormat format)
    {
        Assert.Equal(format, HandoffFile.Detect(name, text));
    }
}

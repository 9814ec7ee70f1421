using System.Text;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace MpLeaflets.Typesetting.Tests.Pdf;

public sealed class PdfOutputTests
{
    private static TypesetDocument Sample(string language) =>
        Docs.New(language)
            .Add(new Heading("MP"))
            .Add(new Paragraph(Docs.Samples[language]))
            .Add(new Paragraph([new Typesetting.Text.Span("Find your MP: "), new Typesetting.Text.Span("members.parliament.uk", Link: "https://members.parliament.uk")], Docs.English()))
            .Add(new TickBoxItem(new Paragraph(Docs.Samples[language])));

    [Theory]
    [InlineData("ar")]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public void The_same_input_gives_the_same_bytes(string language)
    {
        Assert.Equal(Docs.Pdf(Sample(language)), Docs.Pdf(Sample(language)));
    }

    [Fact]
    public void Documents_typeset_in_parallel_are_the_same_as_one_by_one()
    {
        var languages = Docs.Samples.Keys.ToArray();
        var sequential = languages.Select(l => Docs.Pdf(Sample(l))).ToArray();

        var parallel = new byte[languages.Length][];
        Parallel.For(0, languages.Length * 3, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i % languages.Length] = Docs.Pdf(Sample(languages[i % languages.Length])));

        for (var i = 0; i < languages.Length; i++)
        {
            Assert.True(sequential[i].AsSpan().SequenceEqual(parallel[i]), languages[i]);
        }
    }

    [Fact]
    public void A_document_without_a_date_is_deterministic_too()
    {
        static byte[] Build()
        {
            var settings = Docs.New("ta").Settings with { Metadata = new DocumentMetadata("No date") };
            return Docs.Pdf(new TypesetDocument(settings).Add(new Paragraph(Docs.Samples["ta"])));
        }

        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void The_pdf_records_title_author_subject_and_language_and_passes_qpdf()
    {
        var pdf = Docs.Pdf(Sample("fa"));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Test fa", document.Information.Title);
        Assert.Equal("MP Leaflets tests", document.Information.Author);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Lang, out var lang));
        Assert.Equal("fa", ((UglyToad.PdfPig.Tokens.StringToken)lang).Data);
        Assert.Contains("No syntax or stream encoding errors", Tools.QpdfCheck(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", "NotoSansSC")]
    [InlineData("ar", "NotoNaskhArabic")]
    [InlineData("ur", "NotoNastaliqUrdu")]
    [InlineData("bn", "NotoSansBengali")]
    public void Each_embedded_font_is_a_small_subset_of_its_file(string language, string family)
    {
        var pdf = Docs.Pdf(Sample(language));
        var file = new FileInfo(Path.Combine(FontCatalog.Default.Directory, FontCatalog.FileName(family, FontVariant.Regular)!)).Length;

        var embedded = EmbeddedFontLengths(pdf);

        Assert.NotEmpty(embedded);
        Assert.All(embedded, length => Assert.True(length < file / 4, $"embedded font of {length} bytes vs file {file}"));
    }

    /// <summary>/Length of every FontFile2 stream (TrueType programs), read with PdfPig.</summary>
    private static List<long> EmbeddedFontLengths(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lengths = new List<long>();
        foreach (var token in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var obj = document.Structure.GetObject(token);
            if (obj.Data is UglyToad.PdfPig.Tokens.DictionaryToken dict
                && dict.TryGet(UglyToad.PdfPig.Tokens.NameToken.FontFile2, out var fontFile)
                && fontFile is UglyToad.PdfPig.Tokens.IndirectReferenceToken reference
                && document.Structure.GetObject(reference.Data).Data is UglyToad.PdfPig.Tokens.StreamToken stream)
            {
                lengths.Add(stream.Data.Length);
            }
        }

        return lengths;
    }
}

using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Text;

public sealed class MixedScriptTests
{
    [Theory]
    [InlineData("ar", 1)]
    [InlineData("fr", 2)]
    [InlineData("ur", 3)]
    public void Words_from_every_script_mixed_in_one_paragraph_read_back_in_order(string language, int seed)
    {
        // Fallback, bidi, isolation and line breaking together: words drawn from all 13 samples.
        var random = new Random(seed);
        var words = Docs.Samples.Values.SelectMany(s => s.Split(' ')).ToArray();
        var text = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)]));
        var pdf = Docs.Pdf(Docs.New(language).Add(new Paragraph(text)));

        Assert.Equal(Docs.Letters(text), Docs.Letters(Tools.PdfToRawText(pdf)));
    }
}

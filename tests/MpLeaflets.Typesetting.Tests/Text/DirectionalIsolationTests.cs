using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Tests.Text;

public sealed class DirectionalIsolationTests
{
    [Theory]
    [InlineData("الرقم 020 7346 6700.", "الرقم \u2066020 7346 6700\u2069.")]
    [InlineData("وزارة الداخلية (Home Office) اليوم", "وزارة الداخلية \u2066(Home Office)\u2069 اليوم")]
    [InlineData("(الرقم 020)", "(الرقم \u2066020\u2069)")]
    [InlineData("اتصل +44 (0)20 7346 6700 الآن", "اتصل \u2066+44 (0)20 7346 6700\u2069 الآن")]
    [InlineData("الرقم (020 7346 6700) مجاني", "الرقم \u2066(020 7346 6700)\u2069 مجاني")]
    [InlineData("على info@example.org،", "على \u2066info@example.org\u2069،")]
    [InlineData("https://www.gov.uk/find-your-mp هنا", "\u2066https://www.gov.uk/find-your-mp\u2069 هنا")]
    public void Left_to_right_tokens_in_right_to_left_text_are_isolated_without_their_sentence_punctuation(string input, string expected)
    {
        Assert.Equal(expected, MpLeaflets.Text.Isolation.IsolateLeftToRightRuns(input));
    }

    [Fact]
    public void Isolate_controls_never_reach_a_glyph_run()
    {
        var doc = Support.Docs.New("ar").Add(new Typesetting.Layout.Paragraph("الرقم 020 7346 6700."));

        var text = string.Concat(doc.Layout().Pages[0].Ops.OfType<Typesetting.Layout.GlyphOp>()
            .Select(g => g.Piece.Text));

        Assert.DoesNotContain('\u2066', text);
        Assert.DoesNotContain('\u2069', text);
    }
}

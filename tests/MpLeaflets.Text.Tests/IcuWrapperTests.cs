using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text.Tests;

/// <summary>The thin wrappers over ICU's C functions: what they return, and that the per-thread
/// line-break iterators give the same breaks under parallel builds as on one thread.</summary>
public sealed class IcuWrapperTests
{
    private static readonly (string Language, string Text)[] Samples =
    [
        ("fr", "Écrivez à votre député : 020 7219 3000, https://members.parliament.uk/ ou (Home Office)."),
        ("ar", "اكتب إلى عضو البرلمان على الرقم 020 7219 3000 أو عبر الموقع."),
        ("ur", "اپنے رکنِ پارلیمان کو لکھیں: 020 7219 3000"),
        ("bn", "আপনার সংসদ সদস্যকে লিখুন, ফোন 020 7219 3000।"),
        ("ta", "உங்கள் நாடாளுமன்ற உறுப்பினருக்கு எழுதுங்கள்."),
        ("zh-Hans", "请写信给您的国会议员，电话 020 7219 3000。"),
        ("th", "เขียนถึงสมาชิกรัฐสภาของคุณ"),
    ];

    [Fact]
    public void Line_breaks_on_many_threads_are_the_breaks_on_one()
    {
        var expected = Samples.Select(s => LineBreaks.Opportunities(s.Text, s.Language)).ToArray();
        var got = new List<int>[Samples.Length * 50];

        Parallel.For(0, got.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (language, text) = Samples[i % Samples.Length];
            got[i] = LineBreaks.Opportunities(text, language);
        });

        for (var i = 0; i < got.Length; i++) { Assert.Equal(expected[i % Samples.Length], got[i]); }
    }

    [Fact]
    public void Chinese_and_thai_break_inside_a_run_of_letters_by_icus_dictionaries()
    {
        Assert.True(LineBreaks.Opportunities("请写信给您的国会议员", "zh-Hans").Count > 3);
        Assert.True(LineBreaks.Opportunities("เขียนถึงสมาชิกรัฐสภาของคุณ", "th").Count > 3);
        Assert.Equal([0], LineBreaks.Opportunities("", "fr"));
    }

    [Fact]
    public void A_breaker_is_opened_for_the_canonical_locale()
    {
        Assert.Equal("zh_Hans\0"u8.ToArray(), IcuLineBreaker.Canonical("zh-Hans"));
        Assert.Equal("prs\0"u8.ToArray(), IcuLineBreaker.Canonical("prs"));
    }

    [Fact]
    public void Character_properties_come_from_icus_data()
    {
        Assert.Equal(IcuDirection.LeftToRight, IcuCharacters.Direction('a'));
        Assert.Equal(IcuDirection.RightToLeftArabic, IcuCharacters.Direction('\u0627'));
        Assert.Equal(IcuDirection.EuropeanNumber, IcuCharacters.Direction('7'));
        Assert.Equal(IcuDirection.LeftToRightIsolate, IcuCharacters.Direction(Bidi.Lri));
        Assert.Equal(0x0600, IcuCharacters.FirstOf("[:Script=Arab:]"));
        Assert.Null(IcuCharacters.FirstOf("[:Script=Xyzw:]"));
        Assert.Equal(IcuCharacters.Script('\u0627'), IcuCharacters.Script(0x0600));
        Assert.NotEqual(IcuCharacters.Script('a'), IcuCharacters.Script('\u0627'));
    }

    [Fact]
    public void A_bidi_object_keeps_its_text_and_levels_until_disposed()
    {
        using var bidi = new IcuBidi();
        bidi.SetPara("abc", 1, [0x80 | 1, 0x80 | 2, 0x80 | 1]);
        // Allocation and a collection between setPara and the map: ICU reads its own copies.
        _ = Enumerable.Range(0, 10_000).Select(i => new byte[64]).ToList();
        GC.Collect();

        Assert.Equal([2, 1, 0], bidi.VisualMap());
        Assert.Equal(1, bidi.ParagraphLevel);
    }
}

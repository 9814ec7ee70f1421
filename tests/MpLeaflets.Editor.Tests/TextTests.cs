using MpLeaflets.Editor.Text;

namespace MpLeaflets.Editor.Tests;

public sealed class TextTests
{
    [Fact]
    public void The_word_diff_shows_what_changed_in_the_English()
    {
        var diff = WordDiff.Compute("Call your MP on 020 7219 3000 today.", "Call your MP on 020 7219 3000 this week.");
        Assert.Equal("Call your MP on 020 7219 3000 [-today.-] {+this week.+}", WordDiff.Render(diff));
    }

    [Fact]
    public void Long_unchanged_stretches_are_cut_to_a_few_words_around_the_change()
    {
        var diff = WordDiff.Compute("one two three four five six seven eight nine ten eleven", "one two three four five six SEVEN eight nine ten eleven");
        Assert.Equal("… five six [-seven-] {+SEVEN+} eight nine …", WordDiff.Render(diff, context: 2));
    }

    [Fact]
    public void An_unchanged_sentence_has_no_marks()
    {
        Assert.Equal("Same words here", WordDiff.Render(WordDiff.Compute("Same words here", "Same words here")));
    }

    [Fact]
    public void Arabic_letters_are_joined_and_put_in_visual_order_with_numbers_left_to_right()
    {
        // سلام 123: seen initial, lam-alef final ligature, meem isolated; the line reads right to left,
        // so on screen the number comes first (left) and the word is reversed.
        Assert.Equal("123 \uFEE1\uFEFC\uFEB3", RtlPreview.Of("سلام 123", rightToLeft: true));
    }

    [Fact]
    public void Latin_words_inside_Arabic_stay_left_to_right_and_brackets_mirror()
    {
        // Member (MP): the bracketed Latin reads left to right; the brackets face the right way.
        var visual = RtlPreview.Of("عضو (MP)", rightToLeft: true);
        Assert.Equal("(MP) \uFEEE\uFEC0\uFECB", visual);
    }

    [Fact]
    public void A_phone_number_inside_Arabic_keeps_its_groups_in_order_as_in_the_pdf()
    {
        // Plain UAX #9 would show "3000 7219 020": N1 makes the spaces between the groups
        // right-to-left. The PDF isolates the number; the preview must show what the PDF prints.
        var visual = RtlPreview.Of("اتصل على 020 7219 3000 اليوم", rightToLeft: true);
        Assert.Contains("020 7219 3000", visual);
        Assert.DoesNotContain("3000 7219 020", visual);
        Assert.True(visual.IndexOf("020", StringComparison.Ordinal) > 0 && visual.IndexOf("020", StringComparison.Ordinal) < visual.Length - 5,
            "the number sits between the two Arabic words");
    }

    [Fact]
    public void Each_line_is_reordered_on_its_own_and_the_first_line_is_rightmost()
    {
        Assert.Equal("\uFE8F" + RtlPreview.LineSeparator + "\uFE8D", RtlPreview.Of("ا\nب", rightToLeft: true));
    }

    [Fact]
    public void Left_to_right_text_is_unchanged()
    {
        Assert.Equal("Call 020 7219 3000 (today)", RtlPreview.Of("Call 020 7219 3000 (today)", rightToLeft: false));
    }

    [Fact]
    public void Persian_letters_use_their_presentation_forms()
    {
        // پ (peh) initial + ی (farsi yeh) final: "پی".
        Assert.Equal("\uFBFD\uFB58", RtlPreview.Of("پی", rightToLeft: true));
    }

    [Fact]
    public void A_preview_too_long_for_its_line_is_wrapped_whole_with_the_first_words_on_the_top_line()
    {
        // "واحد اثنان ثلاثة" (one two three) at 12 cells: two lines, nothing cut, the first words on top.
        var lines = RtlPreview.Lines("واحد اثنان ثلاثة", "ar", rightToLeft: true, width: 12);
        Assert.Equal([RtlPreview.Of("واحد اثنان", true), RtlPreview.Of("ثلاثة", true)], lines);
    }

    [Fact]
    public void A_preview_that_fits_is_one_line()
    {
        Assert.Equal([RtlPreview.Of("واحد اثنان", true)], RtlPreview.Lines("واحد اثنان", "ar", true, 40));
    }

    [Fact]
    public void A_preview_keeps_the_translations_own_line_breaks()
    {
        Assert.Equal(["\uFE8D", "\uFE8F"], RtlPreview.Lines("ا\nب", "ar", true, 40));
    }
}

using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Text;

namespace MpLeaflets.Editor.Tests;

/// <summary>Columns as the terminal counts them, rows of wrapped text, and the translation box's string and caret.</summary>
public sealed class TextLayoutTests
{
    [Theory]
    [InlineData("কি", 2)]            // Bengali ka + vowel sign i (Mc): the sign takes a column of its own
    [InlineData("খুঁজুন", 3)]        // u (Mn) and candrabindu (Mn) take none
    [InlineData("கொ", 2)]            // Tamil ka + vowel sign o (Mc)
    [InlineData("e\u0301", 1)]       // e + combining acute
    [InlineData("قرارًا", 5)]        // Arabic with tanwin (Mn)
    [InlineData("لكنّ", 3)]          // with shadda (Mn)
    [InlineData("می\u200Cتوانید", 8)] // Persian with ZWNJ (Cf)
    [InlineData("中文", 4)]
    [InlineData("👨\u200D👩\u200D👧", 6)] // a ZWJ family: tmux shows its three emoji
    [InlineData("ሀገር", 3)]          // Ethiopic (Terminal.Gui counts ሀ as 0)
    public void Text_takes_the_columns_a_terminal_gives_it(string text, int columns)
    {
        Assert.Equal(columns, TerminalCells.WidthOf(text));
    }

    [Fact]
    public void A_lone_mark_is_drawn_on_a_dotted_circle_and_a_tab_as_its_control_picture()
    {
        var mark = "\u0301";
        Assert.Equal("\u25CC\u0301", TerminalCells.Paintable(mark, TerminalCells.Of(mark)[0]));
        Assert.Equal("␉", TerminalCells.Paintable("\t", TerminalCells.Of("\t")[0]));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(40)]
    public void Wrapped_rows_hold_every_character_once_in_order_and_fit_the_width(int width)
    {
        foreach (var text in TypingPropertyTests.Sentences())
        {
            var rows = TextRows.Wrap(text, width).Rows;
            Assert.Equal(text, string.Concat(rows.Select(r => text[r.Start..r.End])));
            Assert.All(rows, r => Assert.True(r.Width <= width, $"a row of {r.Width} columns at width {width}: {text[r.Start..r.End]}"));
        }
    }

    [Fact]
    public void Every_caret_position_maps_to_the_screen_and_back()
    {
        foreach (var text in TypingPropertyTests.Sentences())
        {
            var rows = TextRows.Wrap(text, 23);
            foreach (var cell in rows.Rows.SelectMany(r => r.Cells).Where(c => c.StartsCluster))
            {
                var (row, column) = rows.Locate(cell.Start);
                Assert.Equal(cell.Start, rows.OffsetAt(row, column));
            }
        }
    }

    [Fact]
    public void Typing_a_letter_then_its_accent_keeps_them_in_order_and_the_caret_after_both()
    {
        var input = new TranslationInput("", 0);
        input.Insert("e");
        input.Insert("\u0301");
        input.Insert("t");
        Assert.Equal("e\u0301t", input.Text);
        input.Left();
        Assert.Equal(2, input.Caret);
        input.Left();
        Assert.Equal(0, input.Caret);
    }

    [Fact]
    public void Backspace_and_Delete_remove_one_character_as_shown_marks_and_all()
    {
        var input = new TranslationInput("مستعدًّا", "مستعدًّ".Length);
        Assert.True(input.DeleteBackward());
        Assert.Equal("مستعا", input.Text);
        input.MoveTo(0);
        Assert.True(input.DeleteForward());
        Assert.Equal("ستعا", input.Text);
        Assert.False(new TranslationInput("", 0).DeleteBackward());
    }

    [Fact]
    public void A_letter_typed_before_a_lone_mark_joins_it_and_the_caret_goes_after_both()
    {
        var input = new TranslationInput("\u0301x", 0);
        input.Insert("a");
        Assert.Equal("a\u0301x", input.Text);
        Assert.Equal(2, input.Caret);
    }
}

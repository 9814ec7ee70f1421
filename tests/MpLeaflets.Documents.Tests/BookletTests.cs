using MpLeaflets.Documents;

namespace MpLeaflets.Tests;

public sealed class BookletTests
{
    [Fact]
    public void An_eight_page_left_to_right_booklet_puts_pages_8_and_1_on_the_first_sheet_front()
    {
        var sides = Booklet.Sides(8, rightToLeft: false);

        Assert.Equal([(8, 1), (2, 7), (6, 3), (4, 5)], sides);
    }

    [Fact]
    public void A_right_to_left_booklet_binds_on_the_right_so_every_side_is_mirrored()
    {
        var sides = Booklet.Sides(8, rightToLeft: true);

        Assert.Equal([(1, 8), (7, 2), (3, 6), (5, 4)], sides);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(4, 2)]
    [InlineData(5, 4)]
    [InlineData(7, 4)]
    [InlineData(9, 6)]
    public void Pages_are_padded_with_blanks_to_a_multiple_of_four(int pages, int sides)
    {
        var result = Booklet.Sides(pages, rightToLeft: false);

        Assert.Equal(sides, result.Count);
        var all = result.SelectMany(s => new[] { s.Left, s.Right }).Order().ToList();
        Assert.Equal(Enumerable.Range(1, sides * 2), all);
    }
}

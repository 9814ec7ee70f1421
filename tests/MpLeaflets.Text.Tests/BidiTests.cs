using CsCheck;

namespace MpLeaflets.Text.Tests;

public sealed class BidiTests
{
    [Fact]
    public void Visual_order_from_levels_is_rule_L2()
    {
        Gen.Byte[0, 5].Array[0, 14].Sample(levels => Bidi.VisualOrder(levels).SequenceEqual(ReferenceL2(levels)), iter: 3000);
    }

    [Fact]
    public void A_line_for_the_screen_is_reordered_mirrored_and_keeps_marks_after_their_letters()
    {
        Assert.Equal("abc  def ghi", Bidi.VisualLine("abc  def ghi", rightToLeft: true));
        Assert.Equal("(ب) ا", Bidi.VisualLine("ا (ب)", rightToLeft: true));
        Assert.Equal("بَا", Bidi.VisualLine("ابَ", rightToLeft: true));
    }

    [Fact]
    public void Isolated_phone_numbers_keep_their_groups_in_order_on_a_right_to_left_line()
    {
        Assert.Equal("انه 020 7219 3000 مقر", Bidi.AsPrinted("رقم 020 7219 3000 هنا", rightToLeft: true));
        Assert.Equal("انه 3000 7219 020 مقر", Bidi.VisualLine("رقم 020 7219 3000 هنا", rightToLeft: true));
    }

    /// <summary>UAX #9 L2 as the standard words it, for comparison.</summary>
    private static int[] ReferenceL2(byte[] levels)
    {
        var order = Enumerable.Range(0, levels.Length).ToArray();
        if (levels.Length == 0) { return order; }
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)255).Min();
        for (int level = levels.Max(); level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level) { continue; }
                var end = i;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level) { end++; }
                Array.Reverse(order, i, end - i + 1);
                i = end;
            }
        }
        return order;
    }
}

namespace MpLeaflets.Typesetting.Text;

/// <summary>Visual order of a line from its resolved levels.</summary>
internal static class BidiReorder
{
    /// <summary>
    /// UAX #9 rule L2: from the highest level down to the lowest odd level, reverse every maximal
    /// sequence of items at that level or higher. Returns the logical indices in visual order.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var order = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (levels.Length == 0)
        {
            return order;
        }

        byte max = 0, minOdd = byte.MaxValue;
        foreach (var level in levels)
        {
            max = Math.Max(max, level);
            if ((level & 1) == 1)
            {
                minOdd = Math.Min(minOdd, level);
            }
        }

        var current = levels.ToArray();
        for (var level = max; level >= minOdd && level > 0; level--)
        {
            for (var i = 0; i < current.Length;)
            {
                if (current[i] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < current.Length && current[end] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                Array.Reverse(current, i, end - i);
                i = end;
            }
        }

        return order;
    }
}

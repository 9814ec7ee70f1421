namespace MpLeaflets.Editor.Views;

/// <summary>Shares a pane's rows between fields by what each needs.</summary>
internal static class PaneLayout
{
    /// <summary>
    /// Every field with something to show gets its minimum (a row; fields with nothing get none),
    /// then the rows left go to the fields in the order given until each has what it needs; rows
    /// still left go to field <paramref name="grow"/>. Short of rows, the last fields give theirs up first.
    /// </summary>
    public static int[] Share(int rows, IReadOnlyList<(int Need, int Min)> fields, int grow)
    {
        var heights = fields.Select(f => f.Need == 0 ? 0 : Math.Min(Math.Max(f.Need, f.Min), Math.Max(f.Min, 1))).ToArray();
        for (var i = fields.Count - 1; i >= 0 && heights.Sum() > rows; i--)
        {
            heights[i] = Math.Max(0, heights[i] - (heights.Sum() - rows));
        }
        var left = rows - heights.Sum();
        for (var i = 0; i < fields.Count && left > 0; i++)
        {
            var more = Math.Min(Math.Max(fields[i].Need - heights[i], 0), left);
            heights[i] += more;
            left -= more;
        }
        if (left > 0 && grow >= 0 && grow < heights.Length) { heights[grow] += left; }
        return heights;
    }
}

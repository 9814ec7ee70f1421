namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// HarfBuzz's output for one run (one font, one script, one direction), in font units, glyphs
/// in visual (left-to-right) order. Clusters are UTF-16 offsets into the run's text. Immutable,
/// so it is cached and shared between documents.
/// </summary>
internal sealed class ShapedRun(ushort[] glyphs, int[] clusters, int[] advances, int[] offsetsX, int[] offsetsY)
{
    public ushort[] Glyphs { get; } = glyphs;

    public int[] Clusters { get; } = clusters;

    public int[] Advances { get; } = advances;

    public int[] OffsetsX { get; } = offsetsX;

    public int[] OffsetsY { get; } = offsetsY;

    public int Count => Glyphs.Length;
}

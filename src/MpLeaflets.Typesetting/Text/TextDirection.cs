namespace MpLeaflets.Typesetting.Text;

/// <summary>Base direction of a paragraph or a page (UAX #9 paragraph embedding level 0 or 1).</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

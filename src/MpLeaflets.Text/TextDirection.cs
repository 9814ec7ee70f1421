namespace MpLeaflets.Text;

/// <summary>The base direction of a language, a paragraph or a page (UAX #9 paragraph level 0 or 1).</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

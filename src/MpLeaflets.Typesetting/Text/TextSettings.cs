using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>Where text sits on its line. Start and End follow the paragraph's direction.</summary>
public enum TextAlign
{
    Start,
    End,
    Center,
}

/// <summary>
/// Language, base direction, fonts and size of a paragraph. Each block may carry its own, so one
/// page can hold an Arabic item with its English translation under it in smaller type.
/// </summary>
public sealed record TextSettings(
    string Language,
    TextDirection Direction,
    FontChain Fonts,
    float Size = 12f,
    float LineSpacing = 1.35f,
    TextAlign Align = TextAlign.Start)
{
    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;
}

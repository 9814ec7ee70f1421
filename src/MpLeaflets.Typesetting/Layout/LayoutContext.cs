using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Layout;

/// <summary>What blocks need from their document to become layout elements.</summary>
internal sealed record LayoutContext(FontCatalog Fonts, TextSettings Body, DigitSystem Digits)
{
    public bool IsRightToLeft => Body.IsRightToLeft;
}

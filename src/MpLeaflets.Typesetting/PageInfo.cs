using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;

namespace MpLeaflets.Typesetting;

/// <summary>Given to running header and footer callbacks once the page count is known.</summary>
public sealed record PageInfo(int Number, int Count, DigitSystem Digits)
{
    /// <summary>The page number in the document's digits, e.g. "٣".</summary>
    public string NumberText => Digits.Format(Number);

    public string CountText => Digits.Format(Count);
}

namespace MpLeaflets.Content;

public enum TextDirection
{
    Ltr,
    Rtl,
}

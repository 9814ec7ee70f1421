namespace MpLeaflets.Typesetting.Fonts;

/// <summary>The faces a family may offer. Only the ones the documents use are restored.</summary>
public enum FontVariant
{
    Regular,
    Bold,
    Italic,
}

namespace MpLeaflets.Typesetting.Text;

/// <summary>How an inline span looks. Links are underlined as well, so meaning never rests on colour.</summary>
[Flags]
public enum SpanStyle
{
    Normal = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
}

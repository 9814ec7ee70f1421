using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// A piece of inline text with one style. <paramref name="Link"/> makes it a clickable URL (and
/// underlined). <paramref name="Language"/>, <paramref name="Fonts"/> and <paramref name="Size"/>
/// override the paragraph's settings, e.g. for an English name inside a Tamil sentence.
/// </summary>
public sealed record Span(
    string Text,
    SpanStyle Style = SpanStyle.Normal,
    string? Link = null,
    string? Language = null,
    FontChain? Fonts = null,
    float? Size = null)
{
    public static implicit operator Span(string text) => new(text);
}

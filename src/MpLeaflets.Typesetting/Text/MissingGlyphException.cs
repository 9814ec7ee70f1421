namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// A character no font in the chain can draw. Thrown instead of printing an empty box: the
/// message names the language, the text, the character as U+XXXX and every font tried.
/// </summary>
public sealed class MissingGlyphException : Exception
{
    public MissingGlyphException(string language, string text, int codePoint, IReadOnlyList<string> fontsTried)
        : base($"No font can draw U+{codePoint:X4} ('{char.ConvertFromUtf32(codePoint)}') in {language} text "
               + $"\"{Excerpt(text)}\". Fonts tried: {string.Join(", ", fontsTried)}. "
               + "Remove the character, or add a font that has it to the language's font chain.")
    {
        Language = language;
        Text = text;
        CodePoint = codePoint;
        FontsTried = fontsTried;
    }

    public string Language { get; }

    public string Text { get; }

    public int CodePoint { get; }

    public IReadOnlyList<string> FontsTried { get; }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>A logical range of a paragraph with one bidi level, one span and one font, shaped.</summary>
internal sealed class TextRun
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required byte Level { get; init; }

    public required FontFace Face { get; init; }

    public required float Size { get; init; }

    public required Span Span { get; init; }

    public required ShapedRun Shaped { get; init; }

    public bool IsRightToLeft => (Level & 1) == 1;

    public static TextRun Shape(string text, int start, int end, byte level, FontFace face, Span span, TextSettings settings)
    {
        var language = span.Language ?? settings.Language;
        var shaped = Shaper.Shape(face, text[start..end], (level & 1) == 1, language);
        for (var g = 0; g < shaped.Count; g++)
        {
            if (shaped.Glyphs[g] == 0)
            {
                // The cmap had each character, yet shaping produced .notdef: never print a box.
                var at = start + shaped.Clusters[g];
                throw new MissingGlyphException(language, span.Text, char.ConvertToUtf32(text, at), [face.Name]);
            }
        }

        return new TextRun
        {
            Start = start,
            End = end,
            Level = level,
            Face = face,
            Size = span.Size ?? settings.Size,
            Span = span,
            Shaped = shaped,
        };
    }
}

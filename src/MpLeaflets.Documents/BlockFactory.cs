using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Documents;

/// <summary>Turns content blocks into typesetting blocks: one language, or the language with English under it.</summary>
internal static class BlockFactory
{
    public static float Mm(float millimetres) => global::MpLeaflets.Typesetting.Layout.Units.Mm(millimetres);

    /// <summary>One language only (leaflets, and English checklists and forms).</summary>
    public static Block Single(ContentBlock block, TextSettings text, float fieldGap) => block.Kind switch
    {
        ContentKind.Heading => new Heading(block.Text, Math.Clamp(block.Level, 2, 3), text),
        ContentKind.Bullet => new ListItem(new Paragraph(block.Spans, text)),
        ContentKind.Numbered => new ListItem(new Paragraph(block.Spans, text), block.Number),
        ContentKind.Task => new TickBoxItem(new Paragraph(block.Spans, text)),
        ContentKind.Field => new WriteInField(new Paragraph(block.Spans, text), block.Lines) { LineGap = fieldGap },
        ContentKind.Signature => BoxField.Signature(new Paragraph(block.Spans, text)),
        ContentKind.Date => BoxField.Date(new Paragraph(block.Spans, text)),
        ContentKind.Rule => new Rule(),
        _ => new Paragraph(block.Spans, text),
    };

    /// <summary>
    /// The reader's language with the English under it in smaller type (labels: after it, on one
    /// line where it fits), so MP staff can read what the reader ticked or wrote.
    /// </summary>
    public static IEnumerable<Block> Bilingual(ContentBlock local, ContentBlock english, TextSettings text, TextSettings englishText, float fieldGap)
    {
        var englishLine = new Paragraph(english.Spans, englishText);
        switch (local.Kind)
        {
            case ContentKind.Heading:
                yield return new Heading(local.Text, 2, text) { SpaceAfter = 0 };
                yield return new Paragraph(english.Spans.Select(s => s with { Style = s.Style | SpanStyle.Bold }), englishText)
                    { SpaceAfter = text.Size * 0.4f };
                break;
            case ContentKind.Task:
                yield return new TickBoxItem(new Paragraph(local.Spans, text), englishLine) { SpaceAfter = text.Size * 0.45f };
                break;
            case ContentKind.Bullet or ContentKind.Numbered:
                yield return new ListItem(new Paragraph([.. local.Spans, new Span("\n"), .. EnglishSpans(english, englishText)], text),
                    local.Kind == ContentKind.Numbered ? local.Number : null);
                break;
            case ContentKind.Field:
                yield return new WriteInField(Label(local, english, text, englishText), local.Lines) { LineGap = fieldGap };
                break;
            case ContentKind.Signature:
                yield return BoxField.Signature(Label(local, english, text, englishText));
                break;
            case ContentKind.Date:
                yield return BoxField.Date(Label(local, english, text, englishText));
                break;
            case ContentKind.Rule:
                yield return new Rule();
                break;
            default:
                yield return new Paragraph(local.Spans, text) { SpaceAfter = text.Size * 0.15f };
                yield return englishLine;
                break;
        }
    }

    public static Paragraph Label(ContentBlock local, ContentBlock english, TextSettings text, TextSettings englishText) =>
        new([.. local.Spans, .. EnglishSpans(english, englishText, "  /  ")], text);

    private static IEnumerable<Span> EnglishSpans(ContentBlock english, TextSettings englishText, string prefix = "")
    {
        var first = true;
        foreach (var span in english.Spans)
        {
            yield return span with
            {
                Text = (first ? prefix : "") + span.Text,
                Language = englishText.Language,
                Fonts = englishText.Fonts,
                Size = englishText.Size,
            };
            first = false;
        }
    }
}

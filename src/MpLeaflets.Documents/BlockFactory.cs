using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Documents;

/// <summary>Turns content blocks into typesetting blocks: one language, or the language with English under it.</summary>
internal static class BlockFactory
{
    public static float Mm(float millimetres) => Points.FromMm(millimetres);

    /// <summary>
    /// One language only (leaflets, and English checklists and forms). A list's lead-in line stays
    /// with the list's first two items, and its first item with the second, so neither is left
    /// alone at the foot of a page; the last item has the space of a paragraph after it.
    /// </summary>
    public static Block Single(ContentBlock block, TextSettings text, float fieldGap, TextSettings? captions = null) => block.Kind switch
    {
        ContentKind.Heading => new Heading(block.Text, Math.Clamp(block.Level, 2, 3), text),
        ContentKind.Bullet => Item(block, new ListItem(new Paragraph(block.Spans, text)), text),
        ContentKind.Numbered => Item(block, new ListItem(new Paragraph(block.Spans, text), block.Number), text),
        ContentKind.Task => new TickBoxItem(new Paragraph(block.Spans, text)),
        ContentKind.Field => new WriteInField(new Paragraph(block.Spans, text), block.Lines) { LineGap = fieldGap },
        ContentKind.Signature => BoxField.Signature(new Paragraph(block.Spans, text)),
        ContentKind.Date => Date(new Paragraph(block.Spans, text), text, captions),
        ContentKind.Rule => new Rule(),
        _ => new Paragraph(block.Spans, text) { KeepWithNext = Math.Min(2, block.LeadsInto) },
    };

    private static ListItem Item(ContentBlock block, ListItem item, TextSettings text) => new(item.Content, item.Number)
    {
        KeepWithNext = block.IsFirstItem && block.ItemsAfter > 0 ? 1 : 0,
        SpaceAfter = block.ItemsAfter == 0 ? text.Size * 0.6f : null,
    };

    /// <summary>A date field: boxes for DD / MM / YYYY, captioned in small type (the English gloss's on forms).</summary>
    private static DateField Date(Paragraph label, TextSettings text, TextSettings? captions) =>
        new(label, captions ?? text with { Size = text.Size * 0.75f });

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
                yield return new TickBoxItem(new Paragraph(local.Spans, text), englishLine) { SpaceAfter = text.Size * 0.6f };
                break;
            case ContentKind.Bullet or ContentKind.Numbered:
                yield return new ListItem(new Paragraph([.. local.Spans, new Span("\n"), .. EnglishSpans(english, englishText, text)], text),
                    local.Kind == ContentKind.Numbered ? local.Number : null);
                break;
            case ContentKind.Field:
                yield return new WriteInField(Label(local, english, text, englishText), local.Lines) { LineGap = fieldGap, SpaceAfter = text.Size * 0.3f };
                break;
            case ContentKind.Signature:
                yield return BoxField.Signature(Label(local, english, text, englishText));
                break;
            case ContentKind.Date:
                yield return new DateField(Label(local, english, text, englishText), englishText);
                break;
            case ContentKind.Rule:
                yield return new Rule();
                break;
            default:
                yield return new Paragraph(local.Spans, text) { SpaceAfter = text.Size * 0.15f };
                yield return new Paragraph(english.Spans, englishText) { SpaceAfter = text.Size * 0.45f };
                break;
        }
    }

    /// <summary>
    /// A field label: the reader's language, then the English in small type on the same line where
    /// both fit (a line of its own for the English costs a full line of the reader's script per
    /// field). Where they do not, the English starts a line of its own instead of being cut in two
    /// after the slash ("… / Other names you" then "have used" at the other side of a right-to-left line).
    /// </summary>
    public static Paragraph Label(ContentBlock local, ContentBlock english, TextSettings text, TextSettings englishText) =>
        new([.. local.Spans, Separator(englishText), .. EnglishSpans(english, englishText, text)], text)
        {
            WhenWrapped = [.. local.Spans, new Span("\n"), .. EnglishSpans(english, englishText, text)],
        };

    /// <summary>
    /// The slash between the language and its English. No-break spaces glue it to the words on both
    /// sides, so a line never ends or starts with it: the line breaks inside one of the two texts.
    /// </summary>
    public static Span Separator(TextSettings englishText) => new("\u00A0\u00A0/\u00A0\u00A0", Size: englishText.Size);

    /// <summary>
    /// English spans inside a paragraph of the reader's language. On a right-to-left page each is
    /// wrapped in LRI…PDI (UAX #9 X5a), so "Home Office reference (and UAN, GWF or port reference)"
    /// keeps its order and brackets instead of being reordered as right-to-left neutrals.
    /// </summary>
    public static IEnumerable<Span> EnglishSpans(ContentBlock english, TextSettings englishText, TextSettings around) =>
        english.Spans.Select(span => span with
        {
            Text = Isolate(span.Text, around),
            Language = englishText.Language,
            Fonts = englishText.Fonts,
            Size = englishText.Size,
        });

    public static string Isolate(string english, TextSettings around) =>
        around.IsRightToLeft ? "\u2066" + english + "\u2069" : english;
}

using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Documents;

/// <summary>
/// What a reader must be told about the text in their hands, once per document where it is seen
/// first (on the leaflet's cover, under a form's title), in their language and in English: that no
/// native speaker has checked the translation yet — or, when a reviewer signed off every unit, on
/// which day one did — and that some parts are still in English.
/// </summary>
internal static class Notices
{
    public static IEnumerable<Paragraph> For(LocalizedDocument doc, TextSettings text, TextSettings english)
    {
        if (doc.NeedsReviewNotice) { yield return Bilingual(doc, "not-reviewed", text, english); }
        else if (!doc.IsEnglish && doc.ReviewedOn is { } reviewed)
        {
            var paragraph = Bilingual(doc, "reviewed-on", text, english);
            // The day in the language's digits in its own text, in Latin digits in the English.
            Span[] Dated(IEnumerable<Span> spans) => [.. spans.Select((s, i) => s with
            {
                Text = s.Text.Replace("{{date}}", (i == 0 ? doc.Language.Digits : DigitSystem.Latin).Date(reviewed), StringComparison.Ordinal),
            })];
            yield return new Paragraph(Dated(paragraph.Spans), paragraph.Settings)
            {
                SpaceAfter = paragraph.SpaceAfter,
                WhenWrapped = paragraph.WhenWrapped is { } wrapped ? Dated(wrapped) : null,
            };
        }

        if (doc.UsesEnglishFallback) { yield return Bilingual(doc, "english-fallback", text, english, SpanStyle.Bold); }
    }

    /// <summary>One common string in the language, then in English after it (isolated on a right-to-left
    /// page) where both fit one line, else the English whole on a line of its own, as a form label's —
    /// or, with <paramref name="ownLine"/>, always on a line of its own: for a text with slashes of
    /// its own ("Day / month / year"), which a separator would only confuse.</summary>
    public static Paragraph Bilingual(LocalizedDocument doc, string id, TextSettings text, TextSettings english, SpanStyle style = SpanStyle.Normal, float? spaceAfter = null, bool ownLine = false)
    {
        var after = spaceAfter ?? text.Size * 0.3f;
        if (doc.IsEnglish) { return new Paragraph([new Span(doc.String(id), style)], text) { SpaceAfter = after }; }
        var englishSpan = new Span(BlockFactory.Isolate(doc.English(id), text), style, Language: english.Language, Fonts: english.Fonts, Size: english.Size);
        var local = new Span(doc.String(id), style);
        Span[] ownLines = [local, new Span("\n"), englishSpan];
        return ownLine
            ? new Paragraph(ownLines, text) { SpaceAfter = after }
            : new Paragraph([local, BlockFactory.Separator(english), englishSpan], text) { SpaceAfter = after, WhenWrapped = ownLines };
    }
}

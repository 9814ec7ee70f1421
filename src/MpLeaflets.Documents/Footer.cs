using System.Globalization;
using MpLeaflets.Typesetting;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Documents;

/// <summary>
/// The foot of every page: version date, language, page x of y in the language's digits, "general
/// information, not legal advice"; and, when any printed unit is not reviewed (or is English
/// fallback), a small line in the language and in English saying so; when every one was signed off
/// by a reviewer, the day of the last sign-off instead.
/// </summary>
internal static class Footer
{
    public const float Size = 7.5f;

    public static Paragraph For(LocalizedDocument doc, PageInfo page)
    {
        var type = new Typography(doc.Language);
        var spans = new List<Span>();
        var date = doc.Document.Source.Version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pageOf = doc.String("page-of")
            .Replace("{{page}}", doc.Language.FormatNumber(page.Number), StringComparison.Ordinal)
            .Replace("{{pages}}", doc.Language.FormatNumber(page.Count), StringComparison.Ordinal);
        var version = doc.String("version").Replace("{{date}}", date, StringComparison.Ordinal);
        // Line 1: facts and "not legal advice"; line 2: the notices. Each English sentence follows
        // its translation as one unbreakable piece (no-break spaces), so it never splits mid-sentence
        // across lines, which on a right-to-left page reads as nonsense.
        spans.Add(type.Span($"{version}  ·  {doc.Language.NativeName}  ·  {pageOf}  ·  ", Size));
        spans.Add(type.Span(doc.String("not-legal-advice"), Size, SpanStyle.Bold));
        AddEnglish(doc, spans, CommonStrings.English("not-legal-advice"));
        if (doc.NeedsReviewNotice)
        {
            spans.Add(type.Span("\n" + doc.String("not-reviewed"), Size - 0.5f));
            AddEnglish(doc, spans, CommonStrings.English("not-reviewed"));
        }
        else if (!doc.IsEnglish && doc.ReviewedOn is { } reviewed)
        {
            // Every printed unit was signed off: the day of the last sign-off, instead of "not yet checked".
            var day = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            spans.Add(type.Span("\n" + doc.String("reviewed-on").Replace("{{date}}", day, StringComparison.Ordinal), Size - 0.5f));
            AddEnglish(doc, spans, CommonStrings.English("reviewed-on").Replace("{{date}}", day, StringComparison.Ordinal));
        }

        if (doc.UsesEnglishFallback)
        {
            spans.Add(type.Span("\n" + doc.String("english-fallback"), Size - 0.5f, SpanStyle.Bold));
            AddEnglish(doc, spans, CommonStrings.English("english-fallback"));
        }

        return new Paragraph(spans, type.Text(Size, 1.25f)) { SpaceAfter = 0 };
    }

    private static void AddEnglish(LocalizedDocument doc, List<Span> spans, string english)
    {
        if (doc.IsEnglish)
        {
            return;
        }

        // The slash goes between the two languages: before the English on a left-to-right page,
        // after it (next to the Arabic, visually) inside the isolate on a right-to-left one.
        var rtl = doc.Language.IsRightToLeft;
        var text = (rtl ? english + " /" : "/ " + english).Replace(' ', '\u00A0');
        spans.Add(Typography.English.Span("  ", Size - 0.5f));
        spans.Add(Typography.English.Span(rtl ? "\u2066" + text + "\u2069" : text, Size - 0.5f));
    }

    /// <summary>Height of the footer in points on a page of the given width (laid out once to measure).</summary>
    public static float Height(LocalizedDocument doc, DocumentSettings settings)
    {
        var probe = new TypesetDocument(settings with
        {
            PageSize = new PageSize(settings.PageSize.Width, BlockFactory.Mm(500)),
            Margins = new Margins(0, settings.Margins.Right, 0, settings.Margins.Left),
            Footer = null,
        });
        probe.Add(For(doc, new PageInfo(88, 88, settings.Digits)));
        return BlockFactory.Mm(probe.Layout().OverflowMillimetres(0));
    }
}

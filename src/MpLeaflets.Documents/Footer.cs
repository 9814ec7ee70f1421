using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>
/// The foot of every page, two lines: "general information, not legal advice" in the language on
/// the first and in English on the second, each at the start side, with the version date and
/// "page x of y" (in the language's digits) at the end side of one line each — the short one beside
/// the long one, so both lines stay single even in wordy languages. At 8 pt (11 pt in large print,
/// and never below what the script may be printed at: Nastaliq 9 pt) so it survives a photocopy. On
/// the front of a two-sided form a line above it says, in both languages, that the form goes on overleaf.
/// </summary>
internal static class Footer
{
    public const float Size = 8f;

    public const float LargePrintSize = 11f;

    private static readonly float Gap = Points.FromMm(4);

    /// <summary>The footer of one page, laid out for the width of the page's text area.</summary>
    public static Block For(LocalizedDocument doc, DocumentSettings settings, PageInfo page, bool largePrint, bool twoSided)
    {
        var type = new Typography(doc.Language);
        var size = largePrint ? LargePrintSize : Size;
        var text = type.Text(size, 1.25f);
        var english = Typography.English.Text(size, 1.25f);
        var end = text with { Align = TextAlign.End };
        var date = doc.Language.Digits.Date(doc.Document.Source.Version);
        var version = Line(doc.String("version").Replace("{{date}}", date, StringComparison.Ordinal), end);
        var pageOf = Line(doc.String("page-of")
            .Replace("{{page}}", doc.Language.FormatNumber(page.Number), StringComparison.Ordinal)
            .Replace("{{pages}}", doc.Language.FormatNumber(page.Count), StringComparison.Ordinal), end);
        var notice = new Paragraph([new Span(doc.String("not-legal-advice"), SpanStyle.Bold)], text) { SpaceAfter = 0 };
        var second = doc.IsEnglish ? Line("", english) : Line(doc.English("not-legal-advice"), english);

        var measure = new TypesetDocument(settings with { Footer = null, Header = null });
        var width = settings.PageSize.Width - settings.Margins.Left - settings.Margins.Right;
        // Which end item goes beside which notice: the pairing whose longer line is shorter.
        var (first, other) = Fits(measure, width, notice, version, second, pageOf) <= Fits(measure, width, notice, pageOf, second, version)
            ? (version, pageOf) : (pageOf, version);
        var lines = new KeepTogether(Pair(measure, width, notice, first), Pair(measure, width, second, other)) { SpaceAfter = 0 };
        // "Continued on the back of this sheet" on the front of every sheet the form goes on from.
        if (!(twoSided && page.Number < page.Count && page.Number % 2 == 1))
        {
            return lines;
        }

        // In large print the line is read by someone who needs large type to see it at all: at the form's sizes.
        var (continued, continuedEnglish) = largePrint ? (type.Text(16f, 1.25f), Typography.English.Text(12f, 1.25f)) : (text, english);
        return new KeepTogether(Notices.Bilingual(doc, "continued-overleaf", continued, continuedEnglish, SpanStyle.Bold, size * 0.5f), lines) { SpaceAfter = 0 };
    }

    /// <summary>Height of the footer in points on a page of the given settings (laid out once to measure).</summary>
    public static float Height(LocalizedDocument doc, DocumentSettings settings, bool largePrint, bool twoSided)
    {
        var probe = new TypesetDocument(settings with
        {
            PageSize = new PageSize(settings.PageSize.Width, Points.FromMm(500)),
            Margins = new Margins(0, settings.Margins.Right, 0, settings.Margins.Left),
            Footer = null,
        });
        probe.Add(For(doc, settings, new PageInfo(1, twoSided ? 2 : 88, settings.Digits), largePrint, twoSided));
        return Points.FromMm(probe.Layout().OverflowMillimetres(0));
    }

    /// <summary>How far the longer of the two lines would run past the width (0 when both fit).</summary>
    private static float Fits(TypesetDocument measure, float width, Paragraph a, Paragraph b, Paragraph c, Paragraph d) =>
        Math.Max(measure.NaturalWidth(a) + measure.NaturalWidth(b), measure.NaturalWidth(c) + measure.NaturalWidth(d)) + Gap - width;

    /// <summary>One footer line: the start item and the end item, each given the width it needs (or a fair share when both cannot).</summary>
    private static Row Pair(TypesetDocument measure, float width, Paragraph start, Paragraph endItem)
    {
        var (a, b) = (measure.NaturalWidth(start), measure.NaturalWidth(endItem));
        var room = width - Gap;
        var share = a + b <= room ? (a + ((room - a - b) / 2)) / room : a / (a + b);
        return new Row(start, endItem) { Widths = [share, 1 - share], Gap = Gap, SpaceAfter = 0 };
    }

    private static Paragraph Line(string text, TextSettings settings) => new([new Span(text)], settings) { SpaceAfter = 0 };
}

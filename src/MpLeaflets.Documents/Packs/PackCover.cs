using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents.Packs;

/// <summary>
/// A pack's cover sheet, in English for the person printing it: how to print each page range of
/// the file with ordinary printer settings (and that the cover itself is printed once), the local
/// details, and the contents with every document's title and exact pages, by language.
/// </summary>
internal static class PackCover
{
    public static TypesetDocument Build(ContentProject project, Pack pack, Place? place, PackPlan plan)
    {
        var english = Typography.English;
        var text = english.Text(11, 1.35f);
        var doc = new TypesetDocument(english.Settings(PageSize.A4, Margins.Millimetres(18), 11, pack.Title));
        doc.Add(new Heading(pack.Title, 1, text));
        var where = place is null ? "" : $" at {place.Name}";
        doc.Add(new Paragraph($"A print pack for a {pack.For.Replace('-', ' ')}{where}: {pack.Copies} copies of each document in each language. "
            + "Paper: A4, black and white. Print at actual size (no \u201cfit to page\u201d).", text));

        doc.Add(new Heading("How to print this file", 2, text));
        doc.Add(Step(1, $"{Capital(plan.Cover)}, this cover sheet: print once, for yourself. Do not copy it or hand it out.", text));
        if (plan.Booklets is { } booklets)
        {
            var rtl = pack.Languages.Select(c => project.Languages.Require(c)).Where(l => l.IsRightToLeft).Select(l => l.EnglishName).ToList();
            var rtlNote = rtl.Count == 0 ? "" : $" The {And(rtl)} booklet{(rtl.Count == 1 ? "" : "s")} open{(rtl.Count == 1 ? "s" : "")} from the right: that is intended.";
            doc.Add(Step(2, $"{Capital(booklets)}, the leaflets as booklets (A4 landscape): print {pack.Copies} copies, double-sided, flip on short edge. "
                + $"Fold each booklet's sheets in half together and staple twice on the fold.{rtlNote}", text));
        }

        if (plan.Sheets is { } sheets)
        {
            doc.Add(Step(plan.Booklets is null ? 2 : 3, $"{Capital(sheets)}, {SheetsWhat(plan)} (A4 portrait): print {pack.Copies} copies, double-sided, flip on long edge. "
                + "Every document starts on a new sheet, so some backs are blank on purpose. Give each person a blank consent form; never fill one in for them.", text));
        }

        if (place is not null)
        {
            doc.Add(new Heading("Local details", 2, text));
            doc.Add(new Paragraph(LocalDetailsPage.Fill(English(project, "place-constituency"), place, DigitSystem.Latin), text));
            doc.Add(new Paragraph($"Each language's sheets start with a page of these details in that language, with lines to write in the MP's name, office address and phone: "
                + "fill them in from the MP's page on the UK Parliament website before you hand them out.", text));
        }

        doc.Add(new Heading("Contents", 2, text));
        foreach (var code in pack.Languages)
        {
            var language = project.Languages.Require(code);
            var fonts = new Typography(language).Fonts;
            doc.Add(new Paragraph([new Span($"{language.EnglishName} \u00b7 ", SpanStyle.Bold), new Span(Isolated(language.NativeName), SpanStyle.Bold, Language: code, Fonts: fonts)], text)
                { SpaceAfter = 2, KeepWithNext = 1 });
            foreach (var (part, pages) in plan.Parts.Where(p => p.Part.Language.Code == code))
            {
                var what = part.IsBooklet ? $"booklet, {pages.Count / 2} sheet{(pages.Count == 2 ? "" : "s")}" : Sheets(part.Layout.PageCount);
                var spans = new List<Span> { new($"{Capital(pages)}: {part.EnglishTitle} ({what})") };
                if (part.Title != part.EnglishTitle) { spans.AddRange([new Span(" \u2014 "), new Span(Isolated(part.Title), Language: code, Fonts: fonts)]); }
                doc.Add(new ListItem(new Paragraph(spans, text)));
            }
        }

        return doc;
    }

    private static ListItem Step(int number, string text, TextSettings settings) => new(new Paragraph(text, settings), number);

    private static string SheetsWhat(PackPlan plan)
    {
        var local = plan.Parts.Any(p => !p.Part.IsBooklet && p.Part.EnglishTitle == LocalDetailsTitle);
        return local ? "each language's local details page, checklist and consent forms" : "each language's checklist and consent forms";
    }

    public const string LocalDetailsTitle = "Local details and the MP's contact";

    private static string Sheets(int pages) => pages == 1 ? "1 sheet, one side" : pages == 2 ? "1 sheet, both sides" : $"{(pages + 1) / 2} sheets, both sides";

    private static string Capital(PageRange range) => char.ToUpperInvariant(range.ToString()[0]) + range.ToString()[1..];

    private static string And(IReadOnlyList<string> names) => names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>A name in another script inside English: first-strong isolated, so a right-to-left name keeps the English around it in place.</summary>
    private static string Isolated(string text) => "\u2068" + text + "\u2069";

    private static string English(ContentProject project, string id) =>
        project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId)?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id))?.Source
        ?? CommonStrings.English(id);
}

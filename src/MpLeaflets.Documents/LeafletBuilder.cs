using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>
/// The leaflet: A5 pages (A4 at 16 pt for large print), a cover page with the language's own name,
/// title, subtitle and who it is for, then the body at 12 pt, ragged, headings kept with their text.
/// </summary>
internal static class LeafletBuilder
{
    public static TypesetDocument Build(LocalizedDocument doc, bool largePrint)
    {
        var type = new Typography(doc.Language);
        var size = largePrint ? 16f : 12f;
        var page = largePrint ? PageSize.A4 : PageSize.A5;
        var side = largePrint ? 20f : 15f;
        var settings = Pages.WithFooter(doc, type.Settings(page, Margins.Millimetres(side), size, doc.Title), topMm: side, sideMm: side, largePrint);
        var body = type.Text(size, 1.4f);
        var document = new TypesetDocument(settings);

        // Cover: the reader sees their own language's name first, then what the leaflet is.
        document.Add(new Paragraph([new Span(doc.Language.NativeName, SpanStyle.Bold)], type.Text(size * 1.25f)) { SpaceAfter = 2 });
        document.Add(new Rule(1.5f) { SpaceAfter = BlockFactory.Mm(largePrint ? 30 : 20) });
        document.Add(new Heading(doc.Title, 1, type.Text(size * 1.4f)) { SpaceAfter = size });
        if (doc.Subtitle is { } subtitle)
        {
            document.Add(new Paragraph(subtitle, type.Text(size * 1.15f)) { SpaceAfter = BlockFactory.Mm(15) });
        }

        // No italics for emphasis or asides (RNIB Clear Print): they blur on a photocopy.
        document.Add(new Paragraph([new Span(doc.String("audience"))], body) { SpaceAfter = BlockFactory.Mm(largePrint ? 12 : 8) });
        // The notices on the cover, in the language and in (smaller) English: seen first, said once.
        document.AddRange(Notices.For(doc, body, Typography.English.Text(largePrint ? 12f : 9f, 1.3f)));
        document.Add(new PageBreak());

        foreach (var block in MarkdownToBlocks.Read(doc.Markdown))
        {
            document.Add(BlockFactory.Single(block, body, BlockFactory.Mm(9)));
        }

        return document;
    }
}

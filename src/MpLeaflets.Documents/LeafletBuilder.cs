using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>
/// The leaflet: A5 pages (A4 at 16 pt for large print), a cover page with the language's own name,
/// title, subtitle, who it is for and the notices, then the body at 12 pt, ragged, headings kept with their text.
/// </summary>
internal static class LeafletBuilder
{
    public static TypesetDocument Build(LocalizedDocument doc, bool largePrint)
    {
        // The cover on one page: with its air when that fits (tall scripts such as Nastaliq may not),
        // else with less, so that the notice is never pushed onto a page of its own.
        var airy = Build(doc, largePrint, air: 1f);
        var tight = Build(doc, largePrint, air: 0.3f);
        return tight.Layout().PageCount < airy.Layout().PageCount ? tight : airy;
    }

    private static TypesetDocument Build(LocalizedDocument doc, bool largePrint, float air)
    {
        var type = new Typography(doc.Language);
        var size = largePrint ? 16f : 12f;
        var page = largePrint ? PageSize.A4 : PageSize.A5;
        var side = largePrint ? 20f : 15f;
        var settings = Pages.WithFooter(doc, type.Settings(page, Margins.Millimetres(side), size, doc.Title), topMm: side, sideMm: side, largePrint);
        var body = type.Text(size, 1.4f);
        var document = new TypesetDocument(settings);
        document.AddRange(Cover(doc, type, size, body, largePrint, air));
        document.Add(new PageBreak());

        foreach (var block in MarkdownToBlocks.Read(doc.Markdown))
        {
            document.Add(BlockFactory.Single(block, body, BlockFactory.Mm(9)));
        }

        return document;
    }

    /// <summary>The reader sees their own language's name first, then what the leaflet is, who it is
    /// for and the notices; <paramref name="air"/> scales the space between them.</summary>
    private static List<Block> Cover(LocalizedDocument doc, Typography type, float size, TextSettings body, bool largePrint, float air)
    {
        var blocks = new List<Block>
        {
            new Paragraph([new Span(doc.Language.NativeName, SpanStyle.Bold)], type.Text(size * 1.25f)) { SpaceAfter = 2 },
            new Rule(1.5f) { SpaceAfter = BlockFactory.Mm((largePrint ? 30 : 20) * air) },
            new Heading(doc.Title, 1, type.Text(size * 1.4f)) { SpaceAfter = size * air },
        };
        if (doc.Subtitle is { } subtitle)
        {
            blocks.Add(new Paragraph(subtitle, type.Text(size * 1.15f)) { SpaceAfter = BlockFactory.Mm(15 * air) });
        }

        // No italics for emphasis or asides (RNIB Clear Print): they blur on a photocopy.
        blocks.Add(new Paragraph([new Span(doc.String("audience"))], body) { SpaceAfter = BlockFactory.Mm((largePrint ? 12 : 8) * air) });
        // The notices on the cover, in the language and in (smaller) English: seen first, said once.
        blocks.AddRange(Notices.For(doc, body, Typography.English.Text(largePrint ? 12f : 9f, 1.3f)));
        return blocks;
    }
}

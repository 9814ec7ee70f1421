using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Tests.Support;

namespace MpLeaflets.Typesetting.Tests.Layout;

/// <summary>What stays together on a page, and how a page ends.</summary>
public sealed class KeepingTests
{
    private static readonly string Text = Docs.Samples["fr"];

    /// <summary>The page each paragraph (by its first word) starts on.</summary>
    private static Dictionary<string, int> PageOf(LayoutResult result) =>
        result.Pages.SelectMany(p => p.TextLines.Where(l => l.Line == 0).Select(l => (Text: ((Typesetting.Text.PreparedParagraph)((TextBox)l.Paragraph).Paragraph).Text, p.Number)))
            .GroupBy(x => x.Text.Split(' ')[0]).ToDictionary(g => g.Key, g => g.First().Number);

    [Fact]
    public void A_lead_in_line_stays_with_the_first_two_items_of_its_list_wherever_the_page_ends()
    {
        for (var filler = 1; filler <= 40; filler++)
        {
            var doc = Docs.New("fr");
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat("mot", filler * 9))));
            doc.Add(new Paragraph("LEADIN An MP can help most:") { KeepWithNext = 2 });
            doc.Add(new ListItem(new Paragraph("FIRST " + Text)) { KeepWithNext = 1 });
            doc.Add(new ListItem(new Paragraph("SECOND " + Text)));
            doc.Add(new ListItem(new Paragraph("THIRD " + Text)));

            var pages = PageOf(doc.Layout());

            Assert.True(pages["LEADIN"] == pages["FIRST"] && pages["FIRST"] == pages["SECOND"], $"filler {filler}: lead-in on page {pages["LEADIN"]}, items on {pages["FIRST"]} and {pages["SECOND"]}");
        }
    }

    [Fact]
    public void A_heading_has_more_space_above_it_than_below_it()
    {
        var doc = Docs.New("fr");
        doc.Add(new Paragraph("ABOVE " + Text));
        doc.Add(new Heading("HEADING"));
        doc.Add(new Paragraph("BELOW " + Text));

        var page = doc.Layout().Pages[0];
        var lines = page.Ops.OfType<GlyphOp>().GroupBy(g => g.Baseline).OrderBy(g => g.Key).ToList();
        var heading = lines.FindIndex(g => g.Any(o => o.Piece.Text.Contains("HEADING", StringComparison.Ordinal)));
        var (above, line, below) = (lines[heading - 1].Key, lines[heading].Key, lines[heading + 1].Key);
        var headingSize = lines[heading].Max(o => o.Piece.Size);
        var bodySize = lines[heading + 1].Max(o => o.Piece.Size);

        // Baseline gaps less each line's own height: the white space left above and below the heading.
        var spaceAbove = line - above - headingSize;
        var spaceBelow = below - line - bodySize;
        Assert.True(spaceAbove > spaceBelow * 1.5, $"space above {spaceAbove:0.0} pt, below {spaceBelow:0.0} pt");
    }

    [Fact]
    public void A_last_page_of_one_or_two_lines_is_avoided()
    {
        var shortPages = 0;
        for (var words = 200; words <= 1200; words += 25)
        {
            var doc = Docs.New("fr");
            foreach (var chunk in Enumerable.Range(0, words / 25))
            {
                doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat("mot", 25))));
            }

            var pages = doc.Layout().Pages;
            if (pages.Count > 1 && pages[^1].TextLines.Count <= 2) { shortPages++; }
        }

        Assert.Equal(0, shortPages);
    }
}

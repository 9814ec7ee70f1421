using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Pdf;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>
/// The checklist and the consent forms: A4, bilingual (the reader's language at 12 pt with the
/// English under or after it at 9 pt; 16 and 12 in large print), tick boxes sized for a pen,
/// write-in lines level across each row, DD / MM / YYYY date boxes. Never shrunk below reading
/// size: what does not fit one side goes on the back of the same sheet, and the consent statement
/// stays on one side with the signature and date under it. Large print takes the pages it needs.
/// </summary>
internal static class OnePageBuilder
{
    /// <summary>The reader's text and the English gloss, in points (RNIB Clear Print: 12 pt at least).</summary>
    private const float Size = 12f, EnglishSize = 9f, LargeSize = 16f, LargeEnglishSize = 12f;

    /// <summary>The form on one side if it fits; else on both sides of the sheet, saying so at the foot of the front.</summary>
    public static TypesetDocument Build(LocalizedDocument doc, bool largePrint, string hintId)
    {
        var oneSided = Build(doc, largePrint, hintId, twoSided: false);
        // Large print takes the pages it needs, printed on both sides: each front says it goes on overleaf too.
        return oneSided.Layout().PageCount <= 1 ? oneSided : Build(doc, largePrint, hintId, twoSided: true);
    }

    private static TypesetDocument Build(LocalizedDocument doc, bool largePrint, string hintId, bool twoSided)
    {
        var type = new Typography(doc.Language);
        var size = largePrint ? LargeSize : Size;
        var text = type.Text(size, 1.25f, compact: true);
        var englishText = Typography.English.Text(largePrint ? LargeEnglishSize : EnglishSize, 1.2f);
        var settings = Pages.WithFooter(doc, type.Settings(PageSize.A4, Margins.Millimetres(10), size, doc.Title), topMm: 10, sideMm: 12, largePrint, twoSided)
            with { Duplex = twoSided ? Duplex.FlipLongEdge : Duplex.Simplex };
        var fieldGap = Points.FromMm(largePrint ? 10 : 9);
        var document = new TypesetDocument(settings);

        document.Add(new Heading(doc.Title, 1, type.Text(size, compact: true)) { SpaceAfter = doc.IsEnglish ? size * 0.4f : 0 });
        if (!doc.IsEnglish)
        {
            document.Add(new Paragraph([new Span(doc.Document.Source.Title, SpanStyle.Bold)], englishText) { SpaceAfter = size * 0.4f });
        }

        document.AddRange(Notices.For(doc, text, englishText));
        document.Add(Notices.Bilingual(doc, hintId, text, englishText, spaceAfter: size * 0.5f));

        var english = MarkdownToBlocks.Read(doc.EnglishMarkdown);
        var local = MarkdownToBlocks.Read(doc.Markdown);
        if (local.Count != english.Count || local.Zip(english).Any(p => p.First.Kind != p.Second.Kind))
        {
            throw new DocumentBuildException(
                $"{doc.Language.Code} {doc.Document.Id}: the translation changes the document's structure (a list, heading or field that the English does not have); run 'mpleaflets check --lang {doc.Language.Code}'");
        }

        var blocks = new List<Block>();
        var pairs = local.Zip(english).ToList();
        var statement = pairs.FindIndex(p => p.Second.IsStatement);
        // The first date field says how to write a date, in both languages; later ones have the same boxes.
        var firstDate = pairs.FindIndex(p => p.Second.Kind == ContentKind.Date);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (l, e) = pairs[i];
            if (i == statement) { break; }
            // Short fields and tick items two to a row: the row's lines and boxes are level.
            if (!largePrint && i + 1 < pairs.Count && i + 1 != statement && Pairable(l, pairs[i + 1].First))
            {
                var (l2, e2) = pairs[i + 1];
                blocks.Add(new Row(Cell(l, e, doc, text, englishText, fieldGap, i == firstDate), Cell(l2, e2, doc, text, englishText, fieldGap, i + 1 == firstDate)) { SpaceAfter = RowGap(l, size) });
                i++;
                continue;
            }

            if (l.Kind == ContentKind.Task && !largePrint)
            {
                // A last odd tick item keeps its column's width, so every box lines up under the others.
                blocks.Add(new Row(Cell(l, e, doc, text, englishText, fieldGap, false), new Spacer(0)) { SpaceAfter = RowGap(l, size) });
                continue;
            }

            blocks.AddRange(Cells(l, e, doc, text, englishText, fieldGap, i == firstDate));
        }

        document.AddRange(blocks);
        if (statement >= 0)
        {
            // The statement, what follows it and the signature and date under it: one side of the sheet.
            document.Add(new KeepTogether([.. Signed(pairs.Skip(statement).ToList(), doc, text, englishText, fieldGap, firstDate - statement)]));
        }

        return document;
    }

    /// <summary>From the consent statement to the end: the signature with the date beside it.</summary>
    private static IEnumerable<Block> Signed(List<(ContentBlock Local, ContentBlock English)> pairs, LocalizedDocument doc, TextSettings text, TextSettings englishText, float gap, int firstDate)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var (l, e) = pairs[i];
            if (l.Kind == ContentKind.Signature && i + 1 < pairs.Count && pairs[i + 1].Local.Kind == ContentKind.Date)
            {
                yield return new Row(Cell(l, e, doc, text, englishText, gap, i == firstDate), Cell(pairs[i + 1].Local, pairs[i + 1].English, doc, text, englishText, gap, i + 1 == firstDate));
                i++;
                continue;
            }

            foreach (var block in Cells(l, e, doc, text, englishText, gap, i == firstDate)) { yield return block; }
        }
    }

    // Rows of tick items need air between them so a pen finds the right box; fields have their own.
    private static float RowGap(ContentBlock block, float size) => block.Kind == ContentKind.Task ? size * 0.7f : size * 0.3f;

    private static bool Pairable(ContentBlock a, ContentBlock b) =>
        (a.Kind == ContentKind.Field && b.Kind == ContentKind.Field && a.Lines == 1 && b.Lines == 1)
        || (a.Kind == ContentKind.Task && b.Kind == ContentKind.Task);

    private static IEnumerable<Block> Cells(ContentBlock local, ContentBlock english, LocalizedDocument doc, TextSettings text, TextSettings englishText, float gap, bool dateHint)
    {
        if (local.Kind == ContentKind.Date) { return [DateCell(local, english, doc, text, englishText, dateHint)]; }
        return doc.IsEnglish ? [BlockFactory.Single(local, text, gap, englishText)] : BlockFactory.Bilingual(local, english, text, englishText, gap);
    }

    private static Block Cell(ContentBlock local, ContentBlock english, LocalizedDocument doc, TextSettings text, TextSettings englishText, float gap, bool dateHint) =>
        Cells(local, english, doc, text, englishText, gap, dateHint).Single();

    /// <summary>A date: its label in both languages, on the form's first date "day / month / year
    /// (Gregorian calendar)" in the language and under it in English, then the boxes.</summary>
    private static DateField DateCell(ContentBlock local, ContentBlock english, LocalizedDocument doc, TextSettings text, TextSettings englishText, bool hint)
    {
        var label = doc.IsEnglish ? new Paragraph(local.Spans, text) : BlockFactory.Label(local, english, text, englishText);
        if (!hint) { return new DateField(label, englishText); }
        var format = Notices.Bilingual(doc, "date-format", text, englishText, ownLine: true);
        return new DateField(new Paragraph([.. label.Spans, new Span("\n"), .. format.Spans], text), englishText);
    }
}

/// <summary>A document that cannot be built, with a message for the summary.</summary>
public sealed class DocumentBuildException(string message) : Exception(message);

using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>
/// A review sheet: for a native speaker with paper and a pen. For each unit with a translation, in
/// the order the editor's review mode walks them (<see cref="ReviewOrder"/>): its number and id, the
/// English beside the translation (each in its own direction and fonts), a box to tick when the
/// translation is correct, and lines to write a correction on; the reviewer's name and the date at
/// the top. A4, black on white, in English for the page's words (the reviewer reads both languages).
/// Items are never split across pages.
/// </summary>
public static class ReviewSheetBuilder
{
    private const float Size = 10f;

    public static TypesetDocument Build(IReadOnlyList<SegmentedDocument> documents, Language language, IReadOnlyList<TranslationRow> rows, string? documentId)
    {
        var english = Typography.English;
        var type = new Typography(language);
        var text = english.Text(Size, 1.3f);
        var small = english.Text(Size - 2, 1.2f);
        var translated = type.Text(Size + 1, 1.35f, language.IsRightToLeft ? TextAlign.End : TextAlign.Start);
        var items = ReviewOrder.Of(rows, documents, documentId);
        var title = $"Review sheet: {language.EnglishName} ({language.Code})";
        var settings = english.Settings(PageSize.A4, Margins.Millimetres(14, 14, 18, 14), Size, title) with
        {
            Footer = page => new Paragraph($"{title} · page {page.Number} of {page.Count} · tick only what you checked", small) { SpaceAfter = 0 },
        };
        var sheet = new TypesetDocument(settings);
        sheet.Add(new Heading(title, 1, text) { SpaceAfter = Size * 0.2f });
        sheet.Add(new Paragraph([new Span(language.NativeName, Language: language.Code, Fonts: type.Fonts, Size: Size + 2)], translated));
        var shown = documents.Where(d => items.Any(r => r.DocumentId == d.Id)).ToList();
        var version = shown.Count == 0 ? "" : $", English of {SignOff.Iso(shown.Max(d => d.Source.Version))}";
        sheet.Add(new Paragraph($"{items.Count} units of {string.Join(", ", shown.Select(d => d.Id))}{version}.", text));
        sheet.Add(new Paragraph(
            "For each numbered item, read the English (left) and the translation (right). If the translation says the same "
            + "as the English, correctly and clearly, tick 'correct'. If not, write the correct translation on the lines. "
            + "Leave an item blank if you are not sure. Give the sheet back to the coordinator, who enters your verdicts.", text));
        sheet.Add(new Row(new WriteInField(new Paragraph("Reviewer's name", small), 1), new WriteInField(new Paragraph("Date", small), 1))
            { SpaceAfter = Size });

        var number = 0;
        foreach (var document in shown)
        {
            sheet.Add(new Heading($"{document.Source.Title} ({document.Id})", 2, text));
            foreach (var row in items.Where(r => r.DocumentId == document.Id))
            {
                sheet.Add(Item(++number, row, text, small, translated));
            }
        }

        return sheet;
    }

    private static KeepTogether Item(int number, TranslationRow row, TextSettings text, TextSettings small, TextSettings translated)
    {
        var state = row.State switch
        {
            TranslationState.Outdated => " · the English changed since this was translated: check it against the English here",
            TranslationState.Reviewed when row.Review is { } review => $" · already checked by {review}",
            _ => "",
        };
        // Room to write about as much as the translation takes, in the column under it.
        var lines = Math.Clamp(1 + (row.Translation.Length / 70), 1, 4);
        return new KeepTogether(
            new Paragraph([new Span($"{number}", SpanStyle.Bold), new Span($"   {row.Id}{state}")], small) { SpaceAfter = Size * 0.2f },
            // Air under the translation: Nastaliq's descenders reach well below its last line.
            new Row(new Paragraph(Spans(row.Source), text), new Paragraph(Spans(row.Translation), translated)) { SpaceAfter = Size * 0.6f },
            new Row(new TickBoxItem(new Paragraph("correct", text)), new WriteInField(new Paragraph("correction:", small), lines) { LineGap = BlockFactory.Mm(8) })
                { SpaceAfter = Size * 0.7f },
            new Rule(0.4f) { SpaceAfter = 0 })
        {
            SpaceAfter = Size * 0.8f,
        };
    }

    /// <summary>The unit's inline Markdown as it prints (bold, emphasis, links), not as its asterisks.</summary>
    private static IReadOnlyList<Span> Spans(string unitText)
    {
        var blocks = MarkdownToBlocks.Read(unitText);
        if (blocks.Count == 0) { return [new Span(unitText)]; }
        return [.. blocks.SelectMany((b, i) => i == 0 ? b.Spans : [new Span("\n"), .. b.Spans])];
    }
}

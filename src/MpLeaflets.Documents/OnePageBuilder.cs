using MpLeaflets.Typesetting;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Documents;

/// <summary>
/// The checklist and the consent forms: one A4 page each, bilingual (the reader's language with the
/// English under or after it), tick boxes of 5 mm, write-in lines 8 mm apart, short fields two to a
/// row, signature beside date. Whether it fits is decided by the build (never a second page).
/// </summary>
internal static class OnePageBuilder
{
    /// <summary>Text sizes tried in turn until the page fits: 10 pt, then a little smaller, never below 9 pt.</summary>
    private static readonly float[] Scales = [1f, 0.95f, 0.9f];

    /// <summary>The text size of the forms (points) before any shrinking.</summary>
    private const float BaseSize = 10f;

    /// <summary>
    /// The document at the largest size that fits one page (or at the smallest, which the build then
    /// reports as overflowing). Large print is never shrunk: 16 pt, one column, as many pages as it takes.
    /// </summary>
    public static TypesetDocument Build(LocalizedDocument doc, bool largePrint, string hintId)
    {
        if (largePrint)
        {
            return Build(doc, largePrint, hintId, 1f);
        }

        TypesetDocument? result = null;
        // Never below the smallest size the script may be printed at (from languages.csv).
        var floor = doc.Language.Profile.MinimumSize ?? 0;
        foreach (var scale in Scales.Where(s => s == 1f || BaseSize * s >= floor))
        {
            result = Build(doc, largePrint, hintId, scale);
            if (result.Layout().PageCount <= 1)
            {
                break;
            }
        }

        return result!;
    }

    private static TypesetDocument Build(LocalizedDocument doc, bool largePrint, string hintId, float scale)
    {
        var type = new Typography(doc.Language);
        var size = (largePrint ? 16f : BaseSize) * scale;
        var englishSize = (largePrint ? 12f : 7f) * Math.Max(scale, 0.93f);
        var settings = Pages.WithFooter(doc, type.Settings(PageSize.A4, Margins.Millimetres(10), size, doc.Title), topMm: 10, sideMm: 12);
        var text = type.Text(size, 1.25f, compact: true);
        var englishText = Typography.English.Text(englishSize, 1.2f);
        var fieldGap = BlockFactory.Mm(8);
        var document = new TypesetDocument(settings);

        document.Add(new Heading(doc.Title, 1, type.Text(size, compact: true)) { SpaceAfter = doc.IsEnglish ? size * 0.4f : 0 });
        var english = MarkdownToBlocks.Read(doc.EnglishMarkdown);
        if (!doc.IsEnglish)
        {
            document.Add(new Paragraph([new Span(doc.Document.Source.Title, SpanStyle.Bold)], englishText) { SpaceAfter = size * 0.4f });
        }

        var hint = doc.String(hintId);
        document.Add(new Paragraph(
            doc.IsEnglish ? [new Span(hint)] : [new Span(hint), .. EnglishHint(hintId, englishText, text)], text)
            { SpaceAfter = size * 0.4f });

        var local = MarkdownToBlocks.Read(doc.Markdown);
        if (local.Count != english.Count || local.Zip(english).Any(p => p.First.Kind != p.Second.Kind))
        {
            throw new DocumentBuildException(
                $"{doc.Language.Code} {doc.Document.Id}: the translation changes the document's structure (a list, heading or field that the English does not have); run 'mpleaflets check --lang {doc.Language.Code}'");
        }

        var pairs = local.Zip(english).ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (l, e) = pairs[i];
            // Short fields and the signature with its date go side by side: the page is the limit.
            if (!largePrint && i + 1 < pairs.Count && Pairable(l, pairs[i + 1].First))
            {
                var (l2, e2) = pairs[i + 1];
                document.Add(new Row(Cell(l, e, doc, text, englishText, fieldGap), Cell(l2, e2, doc, text, englishText, fieldGap))
                    { SpaceAfter = RowGap(l, size) });
                i++;
                continue;
            }

            if (l.Kind == ContentKind.Task && !largePrint)
            {
                // A last odd tick item keeps its column's width, so every box lines up under the others.
                document.Add(new Row(Cell(l, e, doc, text, englishText, fieldGap), new Spacer(0)) { SpaceAfter = RowGap(l, size) });
                continue;
            }

            document.AddRange(doc.IsEnglish ? [BlockFactory.Single(l, text, fieldGap)] : BlockFactory.Bilingual(l, e, text, englishText, fieldGap));
        }

        return document;
    }

    // Rows of tick items need air between them so a pen finds the right box; fields have their own.
    private static float RowGap(ContentBlock block, float size) => block.Kind == ContentKind.Task ? size * 0.7f : size * 0.3f;

    private static bool Pairable(ContentBlock a, ContentBlock b) =>
        (a.Kind == ContentKind.Field && b.Kind == ContentKind.Field)
        || (a.Kind == ContentKind.Task && b.Kind == ContentKind.Task)
        || (a.Kind == ContentKind.Signature && b.Kind == ContentKind.Date);

    private static Block Cell(ContentBlock local, ContentBlock english, LocalizedDocument doc, TextSettings text, TextSettings englishText, float gap) =>
        doc.IsEnglish ? BlockFactory.Single(local, text, gap) : BlockFactory.Bilingual(local, english, text, englishText, gap).Single();

    private static IEnumerable<Span> EnglishHint(string id, TextSettings english, TextSettings around) =>
        [new Span("  /  " + BlockFactory.Isolate(CommonStrings.English(id), around), Language: english.Language, Fonts: english.Fonts, Size: english.Size)];
}

/// <summary>A document that cannot be built, with a message for the summary.</summary>
public sealed class DocumentBuildException(string message) : Exception(message);

using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Bench;

/// <summary>A one-page A4 bilingual checklist and consent block, to look at RTL forms.</summary>
internal static class ChecklistSample
{
    public static TypesetDocument Build(string language, string text)
    {
        var profile = Profiles.For(language);
        var english = LanguageTypography.Text(Profiles.For("en"), 9.5f);
        var settings = new DocumentSettings(PageSize.A4, Margins.Millimetres(18), LanguageTypography.Text(profile, 12f),
            new DocumentMetadata($"Checklist ({language})", "MP Leaflets", "MP surgery checklist", Date: new DateTime(2026, 11, 1)))
        {
            Digits = profile.Digits,
            Header = _ => new Paragraph("MP surgery checklist — " + language, english with { Align = TextAlign.End }),
            Footer = page => new Paragraph(page.NumberText + " / " + page.CountText, LanguageTypography.Text(profile, 9f) with { Align = TextAlign.Center }),
        };
        var doc = new TypesetDocument(settings).Add(new Heading(string.Join(' ', text.Split(' ').Take(4))));
        foreach (var item in new[] { "Home Office letters", "Refusal letter and new evidence", "Home Office reference" })
        {
            doc.Add(new TickBoxItem(new Paragraph(text), new Paragraph(item, english)));
        }

        doc.Add(new ListItem(new Paragraph(text), 1)).Add(new ListItem(new Paragraph(text), 2));
        doc.Add(new Rule());
        doc.Add(new WriteInField(new Paragraph([new Span(string.Join(' ', text.Split(' ').Take(3)), SpanStyle.Bold), new Span(" / Full name", Language: "en", Fonts: english.Fonts)]), 1));
        doc.Add(new WriteInField(new Paragraph("Notes", english), 3));
        doc.Add(BoxField.Signature(new Paragraph("Signature", english)));
        doc.Add(BoxField.Date(new Paragraph("Date", english)));
        return doc;
    }
}

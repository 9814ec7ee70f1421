using MpLeaflets.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Bench;

/// <summary>A 4-page A5 leaflet-like document in one language, built from the sample sentence.</summary>
internal static class SampleDocument
{
    public static TypesetDocument Build(string language, string text, float size = 12f)
    {
        var profile = Profiles.For(language);
        var english = LanguageTypography.Text(Profiles.For("en"), size * 0.8f);
        var settings = new DocumentSettings(PageSize.A5, Margins.Millimetres(15), LanguageTypography.Text(profile, size),
            new DocumentMetadata($"Sample ({language})", "MP Leaflets", "Typesetting sample", Date: new DateTime(2026, 11, 1)))
        {
            Digits = profile.Digits,
            Footer = page => new Paragraph(page.NumberText + " / " + page.CountText, LanguageTypography.Text(profile, 9f) with { Align = TextAlign.Center }),
        };
        var doc = new TypesetDocument(settings);
        for (var section = 1; section <= 6; section++)
        {
            doc.Add(new Heading(FirstWords(text, 4), 2));
            doc.Add(new Paragraph(string.Join(" ", Enumerable.Repeat(text, 3))));
            doc.Add(new ListItem(new Paragraph(text), 1));
            doc.Add(new ListItem(new Paragraph(text)));
            doc.Add(new TickBoxItem(new Paragraph(text), new Paragraph("Bring your Home Office letter.", english)));
        }

        doc.Add(new WriteInField(new Paragraph(FirstWords(text, 3)), 2));
        doc.Add(BoxField.Signature(new Paragraph(FirstWords(text, 2))));
        return doc;
    }

    private static string FirstWords(string text, int n) => string.Join(' ', text.Split(' ').Take(n));
}

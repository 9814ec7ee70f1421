using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>
/// A language's type on paper, all of it from its row of languages.csv (its <see cref="LanguageProfile"/>):
/// direction, fonts, digits, and the line height and smallest size its script needs.
/// </summary>
public sealed class Typography(Language language)
{
    public static Typography English { get; } = new(EnglishLanguage.Instance);

    public Language Language { get; } = language;

    public LanguageProfile Profile => Language.Profile;

    public FontChain Fonts { get; } = LanguageTypography.Chain(language.Profile);

    public TextDirection Direction => Profile.Direction;

    public DigitSystem Digits => Profile.Digits;

    /// <param name="compact">On a one-page form or checklist (the script's form line height applies).</param>
    public TextSettings Text(float size, float lineSpacing = 1.4f, TextAlign align = TextAlign.Start, bool compact = false) =>
        LanguageTypography.Text(Profile, size, lineSpacing, align, compact);

    /// <summary>A span in this language inside a paragraph of another (e.g. English under Arabic).</summary>
    public Span Span(string text, float size, SpanStyle style = SpanStyle.Normal) =>
        new(text, style, Language: Language.Code, Fonts: Fonts, Size: Profile.Size(size));

    public DocumentSettings Settings(PageSize page, Margins margins, float bodySize, string title) =>
        new(page, margins, Text(bodySize), new DocumentMetadata(title, Author: "MP Leaflets", Subject: title))
        {
            Digits = Digits,
            Language = Language.Code,
        };
}

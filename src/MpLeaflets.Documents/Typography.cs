using MpLeaflets.Content;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;
using TsDirection = MpLeaflets.Typesetting.Text.TextDirection;

namespace MpLeaflets.Documents;

/// <summary>
/// A language's type on paper: direction and digits from languages.csv, fonts from its font list
/// where the catalog has them (else the engine's profile for the code), line spacing per script.
/// </summary>
public sealed class Typography
{
    public Typography(Language language)
    {
        Language = language;
        var profile = LanguageProfiles.For(language.Code);
        var known = language.Fonts.Select(f => f.Replace(" ", "", StringComparison.Ordinal))
            .Where(f => FontCatalog.Families.Contains(f)).ToList();
        Fonts = known.Count > 0 ? new FontChain([.. known, .. known.Contains("NotoSans") ? Array.Empty<string>() : ["NotoSans"]]) : profile.Fonts;
        Direction = language.IsRightToLeft ? TsDirection.RightToLeft : TsDirection.LeftToRight;
        Digits = language.Digits switch
        {
            "arab" => Typesetting.Layout.Digits.ArabicIndic,
            "arabext" => Typesetting.Layout.Digits.ExtendedArabicIndic,
            "beng" => Typesetting.Layout.Digits.Bengali,
            _ => Typesetting.Layout.Digits.Latin,
        };
    }

    public static Typography English { get; } = new(EnglishLanguage.Instance);

    public Language Language { get; }

    public FontChain Fonts { get; }

    public TsDirection Direction { get; }

    public Digits Digits { get; }

    /// <summary>
    /// Nastaliq stacks diagonally and needs far more line height than Naskh or Latin: 1.9 in running
    /// text; one-page forms (compact) use 1.65, checked by eye at 150 dpi for touching lines.
    /// </summary>
    public float LineSpacing(float normal, bool compact = false) =>
        Language.Code == "ur" ? Math.Max(normal, compact ? 1.65f : 1.9f) : normal;

    public TextSettings Text(float size, float lineSpacing = 1.4f, TextAlign align = TextAlign.Start, bool compact = false) =>
        new(Language.Code, Direction, Fonts, size, LineSpacing(lineSpacing, compact), align);

    /// <summary>A span in this language inside a paragraph of another (e.g. English under Arabic).</summary>
    public Span Span(string text, float size, SpanStyle style = SpanStyle.Normal) =>
        new(text, style, Language: Language.Code, Fonts: Fonts, Size: size);

    public DocumentSettings Settings(PageSize page, Margins margins, float bodySize, string title) =>
        new(page, margins, Text(bodySize), new DocumentMetadata(title, Author: "MP Leaflets", Subject: title))
        {
            Digits = Digits,
            Language = Language.Code,
        };
}

using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting;

/// <summary>How a <see cref="LanguageProfile"/> becomes the engine's text settings: its fonts as a chain,
/// its direction, and sizes and line heights never below what its script needs.</summary>
public static class LanguageTypography
{
    public static FontChain Chain(LanguageProfile profile) => new([.. profile.FontChain.Select(FontFamilies.Id)]);

    /// <param name="lineSpacing">What the layout asks for; the profile may raise it (see <see cref="LanguageProfile.LineSpacing"/>).</param>
    /// <param name="form">On a one-page form or checklist, where the script's form line height applies.</param>
    public static TextSettings Text(LanguageProfile profile, float size = 12f, float lineSpacing = 1.35f, TextAlign align = TextAlign.Start, bool form = false) =>
        new(profile.Code, profile.Direction, Chain(profile), profile.Size(size), profile.LineSpacing(lineSpacing, form), align);
}

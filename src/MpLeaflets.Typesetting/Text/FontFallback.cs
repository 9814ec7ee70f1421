using System.Globalization;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Typesetting.Text;

/// <summary>
/// Picks a font per code point: the block's chain first, then the catalog's shared fallback.
/// Characters shared between scripts (spaces, digits, punctuation, combining marks, joiners)
/// stay in the current font when it has them, so a run is not cut at every space.
/// Left-to-right runs of right-to-left text (a phone number, an address, an English name) try the
/// shared fallback first: the Nastaliq and Naskh fonts carry Latin letters and digits too, but with
/// a space so narrow that "020 7219 3000" reads as "0207219 3000".
/// </summary>
internal sealed class FontFallback(IReadOnlyList<FontFace> faces)
{
    public IReadOnlyList<FontFace> Faces { get; } = faces;

    public static FontFallback For(FontCatalog catalog, FontChain chain, FontVariant variant, bool sharedFirst = false)
    {
        var families = (sharedFirst ? catalog.SharedFallback.Concat(chain.Families) : chain.Families.Concat(catalog.SharedFallback))
            .Distinct(StringComparer.Ordinal);
        return new FontFallback(families.Select(f => catalog.Get(f, variant)).ToArray());
    }

    public FontFace? Choose(int codePoint, FontFace? current)
    {
        if (current is not null && IsShared(codePoint) && (current.HasGlyph(codePoint) || IsDefaultIgnorable(codePoint)))
        {
            return current;
        }

        foreach (var face in Faces)
        {
            if (face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        // Joiners and other default-ignorables are hidden by HarfBuzz; they need no glyph.
        return IsDefaultIgnorable(codePoint) ? current ?? Faces[0] : null;
    }

    private static bool IsShared(int cp)
    {
        if (cp < 0x80)
        {
            return !char.IsAsciiLetter((char)cp);
        }

        if (IsDefaultIgnorable(cp) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsDefaultIgnorable(int cp) =>
        cp is 0x00AD or 0x034F or (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF or (>= 0xFE00 and <= 0xFE0F);
}

namespace MpLeaflets.Text;

/// <summary>
/// Everything typesetting needs to know about a language, read from its row of content/languages.csv
/// (the only place these facts live): direction, script, fonts, digits, and how much room its
/// script needs. The engine holds no table of language codes and special-cases none.
/// </summary>
/// <param name="Code">BCP 47 tag (the PDF's /Lang, ICU's line-breaking locale).</param>
/// <param name="Script">ISO 15924 code, e.g. Arab, Ethi, Hans.</param>
/// <param name="Fonts">Families tried in order (names from <see cref="FontFamilies"/>); <see cref="FontFamilies.Fallback"/> comes last.</param>
/// <param name="LineHeight">The least line height running text in this script needs, as a multiple of
/// the type size (Nastaliq stacks diagonally: 1.9); null when the layout's own spacing is enough.</param>
/// <param name="FormLineHeight">The same on one-page forms and checklists, where space is tighter.</param>
/// <param name="MinimumSize">The smallest type size in points this script may be printed at, or null.</param>
public sealed record LanguageProfile(
    string Code,
    TextDirection Direction,
    string Script,
    IReadOnlyList<string> Fonts,
    DigitSystem Digits,
    float? LineHeight = null,
    float? FormLineHeight = null,
    float? MinimumSize = null)
{
    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;

    /// <summary>A right-to-left page is mirrored: text, bullets and tick boxes start on the right, booklets bind on the right.</summary>
    public bool MirrorsPage => IsRightToLeft;

    /// <summary>The font chain: the language's families, then the fallback.</summary>
    public IReadOnlyList<string> FontChain => Fonts.Contains(FontFamilies.Fallback) ? Fonts : [.. Fonts, FontFamilies.Fallback];

    /// <summary>The line height to use where a layout asks for <paramref name="wanted"/>: never less than the script needs.</summary>
    public float LineSpacing(float wanted, bool form = false) =>
        Math.Max(wanted, (form ? FormLineHeight ?? LineHeight : LineHeight) ?? 0);

    /// <summary>A type size no smaller than the script allows.</summary>
    public float Size(float wanted) => Math.Max(wanted, MinimumSize ?? 0);

    public bool Equals(LanguageProfile? other) =>
        other is not null && Code == other.Code && Direction == other.Direction && Script == other.Script && Fonts.SequenceEqual(other.Fonts)
        && Digits == other.Digits && LineHeight == other.LineHeight && FormLineHeight == other.FormLineHeight && MinimumSize == other.MinimumSize;

    public override int GetHashCode() => HashCode.Combine(Code, Direction, Script, string.Join(';', Fonts), Digits, LineHeight, FormLineHeight, MinimumSize);
}

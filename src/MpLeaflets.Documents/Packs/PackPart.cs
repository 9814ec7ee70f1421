using MpLeaflets.Content;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents.Packs;

/// <summary>
/// One document of one language in a pack, laid out: a leaflet as its booklet sheet sides, anything
/// else as A4 pages padded to whole sheets (a blank back after an odd page) so the next starts on a
/// front side.
/// </summary>
internal sealed record PackPart(Language Language, string Title, string EnglishTitle, LayoutResult Layout, PageSize PageSize, IReadOnlyList<(int Left, int Right)>? Sides)
{
    public bool IsBooklet => Sides is not null;

    /// <summary>Pages of the pack file this part takes.</summary>
    public int Pages => Sides?.Count ?? WholeSheets(Layout.PageCount);

    public static PackPart Of(Language language, TypesetDocument typeset, string englishTitle, bool booklet)
    {
        var layout = typeset.Layout();
        return new PackPart(language, typeset.Settings.Metadata.Title, englishTitle, layout, typeset.Settings.PageSize,
            booklet ? Booklet.Sides(layout.PageCount, language.IsRightToLeft) : null);
    }

    /// <summary>Pages rounded up to both sides of whole sheets.</summary>
    public static int WholeSheets(int pages) => pages + (pages % 2);
}

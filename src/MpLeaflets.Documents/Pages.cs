using MpLeaflets.Typesetting;
using MpLeaflets.Typesetting.Layout;

namespace MpLeaflets.Documents;

/// <summary>Page geometry shared by the builders: the bottom margin grows to hold the footer.</summary>
internal static class Pages
{
    /// <summary>Paper edge to the footer's last line: printers cannot print closer than about 5 mm.</summary>
    private const float FooterEdgeMm = 5;

    public static DocumentSettings WithFooter(LocalizedDocument doc, DocumentSettings settings, float topMm, float sideMm)
    {
        var footer = Footer.Height(doc, settings);
        var gap = settings.Body.Size * 0.6f;
        var margins = new Margins(BlockFactory.Mm(topMm), BlockFactory.Mm(sideMm), footer + gap + BlockFactory.Mm(FooterEdgeMm), BlockFactory.Mm(sideMm));
        return settings with { Margins = margins, Footer = info => Footer.For(doc, info) };
    }
}

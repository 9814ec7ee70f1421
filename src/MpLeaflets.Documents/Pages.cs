using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>Page geometry shared by the builders: the bottom margin grows to hold the footer.</summary>
internal static class Pages
{
    /// <summary>Paper edge to the footer's last line: printers cannot print closer than about 5 mm.</summary>
    private const float FooterEdgeMm = 5;

    /// <param name="twoSided">A form on both sides of one sheet: the front's footer also says it goes on overleaf.</param>
    public static DocumentSettings WithFooter(LocalizedDocument doc, DocumentSettings settings, float topMm, float sideMm, bool largePrint, bool twoSided = false)
    {
        var footer = Footer.Height(doc, settings, largePrint, twoSided);
        var gap = settings.Body.Size * 0.6f;
        var margins = new Margins(Points.FromMm(topMm), Points.FromMm(sideMm), footer + gap + Points.FromMm(FooterEdgeMm), Points.FromMm(sideMm));
        var laidOut = settings with { Margins = margins, FooterFromBottom = Points.FromMm(FooterEdgeMm) };
        return laidOut with { Footer = info => Footer.For(doc, laidOut, info, largePrint, twoSided) };
    }
}

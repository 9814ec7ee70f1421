using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting;

/// <summary>
/// Page geometry, body text (language, direction, fonts, size: 12 pt normal, 16 pt large print),
/// digits and metadata of one document. The body's direction is the page's direction.
/// </summary>
public sealed record DocumentSettings(PageSize PageSize, Margins Margins, TextSettings Body, DocumentMetadata Metadata)
{
    public DigitSystem Digits { get; init; } = DigitSystem.Latin;

    /// <summary>Called per page once the page count is known; drawn inside the top margin.</summary>
    public Func<PageInfo, Block?>? Header { get; init; }

    /// <summary>Called per page once the page count is known; drawn inside the bottom margin.</summary>
    public Func<PageInfo, Block?>? Footer { get; init; }

    /// <summary>Paper edge to the footer's last line, in points: the footer then sits at the same place on
    /// every page, however many lines it has there. Null: the footer starts just under the body.</summary>
    public float? FooterFromBottom { get; init; }

    public FontCatalog Fonts { get; init; } = FontCatalog.Default;

    /// <summary>Document language for the PDF's /Lang (BCP 47); defaults to the body's language.</summary>
    public string? Language { get; init; }

    /// <summary>How the file asks to be printed (one side, or both and which edge to flip); null: the printer's default.</summary>
    public Pdf.Duplex? Duplex { get; init; }
}

using MpLeaflets.Content;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents;

/// <summary>Which builder makes a document, and how many pages it may have.</summary>
public static class DocumentBuilder
{
    public static bool IsPrinted(DocumentKind kind) => kind != DocumentKind.Strings;

    /// <summary>
    /// Pages a document must fit on (checklists and forms: the two sides of one A4 sheet), or null
    /// for no limit. Large print (16 pt) takes the pages it needs; items, fields and the signed
    /// statement are still never split.
    /// </summary>
    public static int? PageLimit(DocumentKind kind, bool largePrint = false) =>
        !largePrint && kind is DocumentKind.Checklist or DocumentKind.ConsentForm ? 2 : null;

    public static TypesetDocument Build(LocalizedDocument doc, bool largePrint = false) => doc.Document.Source.Kind switch
    {
        DocumentKind.Leaflet => LeafletBuilder.Build(doc, largePrint),
        DocumentKind.Checklist => OnePageBuilder.Build(doc, largePrint, "tick-hint"),
        DocumentKind.ConsentForm => OnePageBuilder.Build(doc, largePrint, "write-hint"),
        _ => throw new ArgumentException($"document {doc.Document.Id} ({doc.Document.Source.Kind}) is not printed on its own", nameof(doc)),
    };
}

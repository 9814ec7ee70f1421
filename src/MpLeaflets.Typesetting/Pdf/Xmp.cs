using System.Globalization;
using System.Security;
using System.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The document's XMP metadata packet (ISO 32000-1 §14.3.2, ISO 16684-1): title, author, subject,
/// language, dates and producer, matching the Info dictionary (ISO 19005-2 §6.6.2.3); the PDF/A
/// identification (pdfaid, ISO 19005-2 §6.6.4) and, for tagged files, the PDF/UA one (pdfuaid,
/// ISO 14289-1 §5) with the extension schema PDF/A asks for properties outside its predefined
/// schemas (ISO 19005-2 §6.6.2.3.2).
/// </summary>
internal static class Xmp
{
    public const string Producer = "MP Leaflets PDF writer (HarfBuzz, ICU)";

    public static byte[] Packet(DocumentMetadata m, string language, string conformance, bool universalAccess)
    {
        var date = Date(m.Date);
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        if (universalAccess)
        {
            sb.Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }

        sb.Append(">\n<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(m.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (m.Author.Length > 0)
        {
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(E(m.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (m.Subject.Length > 0)
        {
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(m.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        sb.Append("<dc:language><rdf:Bag><rdf:li>").Append(E(language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<xmp:CreatorTool>").Append(E(m.Creator)).Append("</xmp:CreatorTool>\n");
        if (date is not null)
        {
            sb.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(date)
                .Append("</xmp:ModifyDate>\n<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        }

        sb.Append("<pdf:Producer>").Append(Producer).Append("</pdf:Producer>\n");
        if (m.Keywords.Length > 0)
        {
            sb.Append("<pdf:Keywords>").Append(E(m.Keywords)).Append("</pdf:Keywords>\n");
        }

        sb.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").Append(conformance).Append("</pdfaid:conformance>\n");
        if (universalAccess)
        {
            sb.Append("<pdfuaid:part>1</pdfuaid:part>\n<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
                .Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        }

        sb.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>The Info dictionary's date form (§7.9.4): D:YYYYMMDDHHmmSS+00'00'.</summary>
    public static string? PdfDate(DateTime? date) =>
        date is { } d ? "D:" + d.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'" : null;

    private static string? Date(DateTime? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00" : null;

    private static string E(string text) => SecurityElement.Escape(text);
}

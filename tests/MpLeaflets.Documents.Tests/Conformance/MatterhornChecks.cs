using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using static MpLeaflets.Tests.Conformance.QpdfObjects;

namespace MpLeaflets.Tests.Conformance;

/// <summary>
/// The machine-checkable part of the Matterhorn protocol (PDF/UA-1, ISO 14289-1) and PDF/A-2
/// identification, over a file as qpdf reads it. Each problem names its checkpoint:
/// 01 (all content tagged or artifact, nothing nested wrongly), 06 (XMP pdfuaid, title), 07
/// (DisplayDocTitle), 11 (document language), 14 (MCIDs and ParentTree agree), 28 (annotations
/// tagged, described, /Tabs /S), 30 (outline for headings), 31 (fonts embedded, every glyph maps to
/// Unicode: no missing, empty, U+0000, U+FEFF/FFFE or private-use mapping).
/// </summary>
internal sealed partial class MatterhornChecks
{
    private static readonly HashSet<string> StandardTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
        "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    };

    private readonly QpdfObjects _pdf;
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, HashSet<int>> _mcids = new(StringComparer.Ordinal); // owner (page or form) → MCIDs in its content
    private readonly Dictionary<string, Dictionary<int, string>> _toUnicode = new(StringComparer.Ordinal);
    private readonly HashSet<string> _walkedForms = new(StringComparer.Ordinal);
    private int _glyphs;

    private MatterhornChecks(QpdfObjects pdf) => _pdf = pdf;

    /// <summary>Glyphs shown as text in the file (all checked against ToUnicode).</summary>
    public int Glyphs => _glyphs;

    public IReadOnlyList<string> Problems => _problems;

    public static MatterhornChecks Run(string path)
    {
        var checks = new MatterhornChecks(Read(path));
        checks.CheckCatalog();
        var pages = checks.Pages();
        foreach (var page in pages)
        {
            checks.CheckPage(page);
        }

        checks.CheckStructure(pages);
        checks.CheckFontsEmbedded();
        return checks;
    }

    private void Problem(string checkpoint, string what) => _problems.Add($"[{checkpoint}] {what}");

    private void CheckCatalog()
    {
        var c = _pdf.Catalog;
        if (Get(c, "/MarkInfo") is not { } mark || Get(mark, "/Marked")?.ValueKind != JsonValueKind.True) { Problem("06-001", "MarkInfo /Marked is not true"); }
        if (Get(c, "/StructTreeRoot") is null) { Problem("01-001", "no StructTreeRoot"); }
        if (QpdfObjects.Text(Get(c, "/Lang")) is not { Length: > 0 } lang || !LanguageTag().IsMatch(lang)) { Problem("11-001", "no document /Lang"); }
        if (Get(c, "/ViewerPreferences") is not { } prefs || Get(_pdf.Resolve(prefs), "/DisplayDocTitle")?.ValueKind != JsonValueKind.True)
        {
            Problem("07-001", "ViewerPreferences /DisplayDocTitle is not true");
        }

        var xmp = Get(c, "/Metadata") is { } m && _pdf.StreamData(m) is { } bytes ? Encoding.UTF8.GetString(bytes) : "";
        if (!xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal)) { Problem("06-002", "XMP has no pdfuaid:part 1"); }
        if (!xmp.Contains("<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal)) { Problem("PDF/A", "XMP has no pdfaid:part 2"); }
        if (!TitlePattern().IsMatch(xmp)) { Problem("06-003", "XMP has no dc:title"); }
        if (Get(c, "/OutputIntents") is not { ValueKind: JsonValueKind.Array } intents || intents.GetArrayLength() == 0
            || Get(_pdf.Resolve(intents[0]), "/DestOutputProfile") is null)
        {
            Problem("PDF/A", "no output intent with a profile");
        }
    }

    private List<(string Ref, JsonElement Dict)> Pages()
    {
        var result = new List<(string, JsonElement)>();
        void Walk(JsonElement node)
        {
            var dict = _pdf.Resolve(node);
            if (Get(dict, "/Kids") is { } kids)
            {
                foreach (var kid in kids.EnumerateArray()) { Walk(kid); }
            }
            else
            {
                result.Add((node.GetString()!, dict));
            }
        }

        Walk(Get(_pdf.Catalog, "/Pages")!.Value);
        return result;
    }

    private void CheckPage((string Ref, JsonElement Dict) page)
    {
        var resources = _pdf.Resolve(Get(page.Dict, "/Resources")!.Value);
        var contents = Get(page.Dict, "/Contents")!.Value;
        var streams = contents.ValueKind == JsonValueKind.Array ? contents.EnumerateArray().ToList() : [contents];
        var data = streams.SelectMany(s => _pdf.StreamData(s)!.Append((byte)'\n')).ToArray();
        Walk(data, resources, page.Ref, page.Ref);
        if (_mcids.GetValueOrDefault(page.Ref)?.Count > 0 && Get(page.Dict, "/StructParents") is null)
        {
            Problem("14-001", $"page {page.Ref} has marked content but no /StructParents");
        }

        if (Get(page.Dict, "/Annots") is { } annots && annots.GetArrayLength() > 0)
        {
            if (Get(page.Dict, "/Tabs")?.GetString() != "/S") { Problem("28-011", $"page {page.Ref} has annotations but no /Tabs /S"); }
            foreach (var a in annots.EnumerateArray())
            {
                var annot = _pdf.Resolve(a);
                if (Get(annot, "/StructParent") is null) { Problem("28-002", $"annotation {a} is not tagged (no /StructParent)"); }
                if (Get(annot, "/Subtype")?.GetString() == "/Link" && QpdfObjects.Text(Get(annot, "/Contents")) is not { Length: > 0 }) { Problem("28-008", $"link {a} has no /Contents"); }
                if (Get(annot, "/F") is not { } f || ((int)f.GetDouble() & 4) == 0) { Problem("PDF/A", $"annotation {a} is not printable"); }
            }
        }
    }

    /// <summary>Walks a content stream: what it paints must be in an MCID sequence or an artifact (01-001 … 01-004).</summary>
    private void Walk(byte[] data, JsonElement resources, string owner, string page, (bool Tagged, bool Artifact)? inherited = null)
    {
        // A form XObject's content is marked where it is invoked (§14.7.4.3): it inherits that context.
        var stack = inherited is { } context ? new List<(bool Tagged, bool Artifact)> { context } : [];
        string? font = null;
        foreach (var op in ContentTokens.Parse(data))
        {
            switch (op.Operator)
            {
                case "BDC" or "BMC":
                    var tag = ((ContentTokens.Name)op.Operands[0]).Value;
                    var props = op.Operands.Count > 1 ? op.Operands[1] as Dictionary<string, object> : null;
                    var mcid = props is not null && props.TryGetValue("MCID", out var n) ? (int)(double)n : (int?)null;
                    var inTagged = stack.Any(s => s.Tagged);
                    var inArtifact = stack.Any(s => s.Artifact);
                    if (tag == "Artifact" && inTagged) { Problem("01-004", $"{owner}: an artifact inside tagged content"); }
                    if (mcid is not null && (inTagged || inArtifact)) { Problem("01-004", $"{owner}: MCID {mcid} nested in other marked content"); }
                    if (mcid is { } id && !(_mcids.TryGetValue(owner, out var set) ? set : _mcids[owner] = []).Add(id)) { Problem("14-003", $"{owner}: MCID {id} used twice"); }
                    stack.Add((mcid is not null, tag == "Artifact"));
                    break;
                case "EMC":
                    if (stack.Count == 0) { Problem("01-004", $"{owner}: EMC without a sequence"); } else { stack.RemoveAt(stack.Count - 1); }
                    break;
                case "Tf":
                    font = ((ContentTokens.Name)op.Operands[0]).Value;
                    break;
                case "Do":
                    // Painting happens in the form: its content is checked in this context.
                    WalkForm(op, resources, page, (stack.Any(s => s.Tagged), stack.Any(s => s.Artifact)));
                    break;
                case "Tj" or "TJ" or "'" or "\"" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "sh" or "BI":
                    if (!stack.Any(s => s.Tagged || s.Artifact)) { Problem("01-005", $"{owner}: '{op.Operator}' neither tagged nor an artifact"); }
                    if (op.Operator is "Tj" or "TJ" or "'" or "\"") { CheckText(op, resources, font, owner); }
                    break;
            }
        }

        if (stack.Count != (inherited is null ? 0 : 1)) { Problem("01-004", $"{owner}: marked content left open"); }
    }

    private void WalkForm(ContentOp op, JsonElement resources, string page, (bool Tagged, bool Artifact) context)
    {
        var name = "/" + ((ContentTokens.Name)op.Operands[0]).Value;
        var reference = Get(_pdf.Resolve(Get(resources, "/XObject")!.Value), name)!.Value;
        var key = reference.GetString()!;
        var form = _pdf.Resolve(reference);
        if (Get(form, "/Subtype")?.GetString() != "/Form" || !_walkedForms.Add($"{key} {context}"))
        {
            return;
        }

        var own = Get(form, "/Resources") is { } r ? _pdf.Resolve(r) : resources;
        Walk(_pdf.StreamData(reference)!, own, key, page, context.Tagged || context.Artifact ? context : null);
        if (_mcids.GetValueOrDefault(key)?.Count > 0 && Get(form, "/StructParents") is null)
        {
            Problem("14-001", $"form {key} has marked content but no /StructParents");
        }
    }

    /// <summary>31-009 … 31-012 style: each CID shown maps, through the font's ToUnicode, to real text.</summary>
    private void CheckText(ContentOp op, JsonElement resources, string? font, string owner)
    {
        var fontRef = font is null ? null : Get(_pdf.Resolve(Get(resources, "/Font")!.Value), "/" + font);
        if (fontRef is null) { Problem("31-001", $"{owner}: text with no font"); return; }
        var dict = _pdf.Resolve(fontRef.Value);
        if (Get(dict, "/Subtype")?.GetString() != "/Type0" || Get(dict, "/Encoding")?.GetString() != "/Identity-H")
        {
            Problem("31-001", $"font {fontRef} is not a Type0 Identity-H font");
            return;
        }

        var map = ToUnicode(fontRef.Value.GetString()!, Get(dict, "/ToUnicode"));
        var strings = op.Operands.SelectMany(o => o is List<object> list ? list.OfType<byte[]>() : o is byte[] b ? [b] : []);
        foreach (var bytes in strings)
        {
            for (var i = 0; i + 1 < bytes.Length; i += 2)
            {
                var cid = (bytes[i] << 8) | bytes[i + 1];
                _glyphs++;
                if (!map.TryGetValue(cid, out var text) || text.Length == 0)
                {
                    Problem("31-012", $"font {fontRef}: CID {cid} maps to no text");
                }
                else if (text.Any(c => c is '\0' or '\uFEFF' or '\uFFFE' or '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')))
                {
                    Problem("31-012", $"font {fontRef}: CID {cid} maps to {string.Join(" ", text.Select(c => $"U+{(int)c:X4}"))}");
                }
            }
        }
    }

    private Dictionary<int, string> ToUnicode(string font, JsonElement? stream)
    {
        if (_toUnicode.TryGetValue(font, out var known)) { return known; }
        var map = new Dictionary<int, string>();
        if (stream is { } s && _pdf.StreamData(s) is { } data)
        {
            var cmap = Encoding.ASCII.GetString(data);
            foreach (Match block in BfChar().Matches(cmap))
            {
                foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
                {
                    map[Convert.ToInt32(pair.Groups[1].Value, 16)] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(pair.Groups[2].Value));
                }
            }
        }
        else
        {
            Problem("31-011", $"font {font} has no ToUnicode");
        }

        return _toUnicode[font] = map;
    }

    private void CheckFontsEmbedded()
    {
        foreach (var reference in _pdf.References)
        {
            var dict = _pdf.Object(reference);
            if (Get(dict, "/Type")?.GetString() == "/FontDescriptor"
                && Get(dict, "/FontFile") is null && Get(dict, "/FontFile2") is null && Get(dict, "/FontFile3") is null)
            {
                Problem("31-001", $"font {QpdfObjects.Text(Get(dict, "/FontName")) ?? Get(dict, "/FontName")?.GetString()} is not embedded");
            }

            if (Get(dict, "/Subtype")?.GetString() == "/CIDFontType2" && Get(dict, "/CIDToGIDMap") is null)
            {
                Problem("31-008", $"CIDFontType2 {reference} has no CIDToGIDMap");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("<dc:title>.*?<rdf:li[^>]*>[^<]+</rdf:li>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex HexPair();
}

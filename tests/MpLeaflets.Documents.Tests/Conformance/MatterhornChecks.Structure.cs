using System.Text.Json;
using static MpLeaflets.Tests.Conformance.QpdfObjects;

namespace MpLeaflets.Tests.Conformance;

/// <summary>The structure tree against the content: standard types, parents, MCIDs both ways through the ParentTree.</summary>
internal sealed partial class MatterhornChecks
{
    private readonly Dictionary<(string Owner, int Mcid), string> _mcidElements = new();
    private readonly Dictionary<string, string> _annotationElements = new(StringComparer.Ordinal);
    private bool _hasHeadings;

    /// <summary>Element types in the tree, in reading order (for tests that look at the structure).</summary>
    public List<string> Types { get; } = [];

    /// <summary>Languages set on elements below the document (e.g. each English gloss's Span).</summary>
    public List<string> SpanLanguages { get; } = [];

    private void CheckStructure(List<(string Ref, JsonElement Dict)> pages)
    {
        if (Get(_pdf.Catalog, "/StructTreeRoot") is not { } rootRef)
        {
            return;
        }

        var root = _pdf.Resolve(rootRef);
        foreach (var kid in Kids(Get(root, "/K")))
        {
            Element(kid, rootRef.GetString()!, depth: 0);
        }

        var parentTree = ParentTree(Get(root, "/ParentTree"));
        foreach (var (owner, mcids) in _mcids)
        {
            var dict = _pdf.Object(owner);
            if (Get(dict, "/StructParents") is not { } key || !parentTree.TryGetValue((int)key.GetDouble(), out var entry))
            {
                continue; // reported by the content walk
            }

            var array = _pdf.Resolve(entry);
            foreach (var mcid in mcids)
            {
                var fromTree = array.ValueKind == JsonValueKind.Array && mcid < array.GetArrayLength() ? array[mcid].GetString() : null;
                var fromElement = _mcidElements.GetValueOrDefault((owner, mcid));
                if (fromElement is null) { Problem("14-002", $"{owner} MCID {mcid}: no structure element has it"); }
                else if (fromTree != fromElement) { Problem("14-004", $"{owner} MCID {mcid}: ParentTree says {fromTree}, the element is {fromElement}"); }
            }
        }

        foreach (var (page, dict) in pages)
        {
            foreach (var a in Get(dict, "/Annots")?.EnumerateArray() ?? Enumerable.Empty<JsonElement>())
            {
                var annot = _pdf.Resolve(a);
                if (Get(annot, "/StructParent") is not { } key) { continue; }
                var element = parentTree.TryGetValue((int)key.GetDouble(), out var e) ? e.GetString() : null;
                if (element is null || _annotationElements.GetValueOrDefault(a.GetString()!) != element)
                {
                    Problem("28-002", $"annotation {a} on {page}: ParentTree and the element's OBJR disagree");
                }
            }
        }

        if (_hasHeadings && Get(_pdf.Catalog, "/Outlines") is null)
        {
            Problem("30-001", "headings but no outline");
        }
    }

    private void Element(JsonElement reference, string parent, int depth)
    {
        var key = reference.GetString()!;
        var dict = _pdf.Resolve(reference);
        var type = Get(dict, "/S")?.GetString()?.TrimStart('/') ?? "";
        Types.Add(new string(' ', depth) + type);
        if (!StandardTypes.Contains(type)) { Problem("02-001", $"{key}: /S {type} is not a standard type (and there is no role map)"); }
        if (Get(dict, "/P")?.GetString() != parent) { Problem("01-006", $"{key}: /P is not its parent {parent}"); }
        if (type == "Figure" && QpdfObjects.Text(Get(dict, "/Alt")) is null) { Problem("13-004", $"{key}: Figure without /Alt"); }
        if (type is "H1" or "H2" or "H3" or "H4" or "H5" or "H6") { _hasHeadings = true; }
        if (depth > 0 && QpdfObjects.Text(Get(dict, "/Lang")) is { } lang) { SpanLanguages.Add(type + ":" + lang); }
        var page = Get(dict, "/Pg")?.GetString();
        foreach (var kid in Kids(Get(dict, "/K")))
        {
            if (IsReference(kid) && Get(_pdf.Resolve(kid), "/S") is not null)
            {
                Element(kid, key, depth + 1);
                continue;
            }

            if (kid.ValueKind == JsonValueKind.Number)
            {
                Mcr(key, page, (int)kid.GetDouble());
                continue;
            }

            var item = _pdf.Resolve(kid);
            switch (Get(item, "/Type")?.GetString())
            {
                case "/MCR":
                    Mcr(key, Get(item, "/Stm")?.GetString() ?? Get(item, "/Pg")?.GetString() ?? page, (int)Get(item, "/MCID")!.Value.GetDouble());
                    break;
                case "/OBJR":
                    _annotationElements[Get(item, "/Obj")!.Value.GetString()!] = key;
                    break;
                default:
                    Problem("01-007", $"{key}: a kid that is no element, MCID, MCR or OBJR");
                    break;
            }
        }
    }

    private void Mcr(string element, string? owner, int mcid)
    {
        if (owner is null || !_mcids.TryGetValue(owner, out var set) || !set.Contains(mcid))
        {
            Problem("14-002", $"{element}: MCID {mcid} of {owner} is in no content stream");
            return;
        }

        _mcidElements[(owner, mcid)] = element;
    }

    private IEnumerable<JsonElement> Kids(JsonElement? k)
    {
        if (k is not { } value) { return []; }
        var resolved = value.ValueKind == JsonValueKind.Array ? value : IsReference(value) && _pdf.Resolve(value).ValueKind == JsonValueKind.Array ? _pdf.Resolve(value) : default;
        return resolved.ValueKind == JsonValueKind.Array ? resolved.EnumerateArray().ToList() : [value];
    }

    /// <summary>A number tree (§7.9.7), flattened: /Nums at the root or in /Kids.</summary>
    private Dictionary<int, JsonElement> ParentTree(JsonElement? node)
    {
        var result = new Dictionary<int, JsonElement>();
        void Walk(JsonElement n)
        {
            var dict = _pdf.Resolve(n);
            if (Get(dict, "/Nums") is { } nums)
            {
                for (var i = 0; i + 1 < nums.GetArrayLength(); i += 2) { result[(int)nums[i].GetDouble()] = nums[i + 1]; }
            }

            foreach (var kid in Get(dict, "/Kids")?.EnumerateArray() ?? Enumerable.Empty<JsonElement>()) { Walk(kid); }
        }

        if (node is { } root) { Walk(root); } else { Problem("14-001", "no ParentTree"); }
        return result;
    }
}

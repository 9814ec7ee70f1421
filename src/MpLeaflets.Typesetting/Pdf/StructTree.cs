using MpLeaflets.Typesetting.Layout;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>A structure element (ISO 32000-1 §14.7.2): its type, parent, kids in reading order, language.</summary>
internal sealed class StructElem(string role, StructElem? parent)
{
    public string Role { get; } = role;

    public StructElem? Parent { get; } = parent;

    /// <summary><see cref="StructElem"/>, <see cref="McidRef"/> or <see cref="AnnotRef"/>, in reading order.</summary>
    public List<object> Kids { get; } = [];

    public string? Lang { get; init; }

    public string? Title { get; init; }

    /// <summary>ListNumbering of an L (§14.8.5.5).</summary>
    public string? Numbering { get; init; }

    /// <summary>Link: its URI; a Link annotation that follows its text joins this element.</summary>
    public string? Uri { get; init; }

    public int Object { get; set; }

    /// <summary>The language in force here: its own, or the nearest ancestor's.</summary>
    public string? EffectiveLang => Lang ?? Parent?.EffectiveLang;
}

/// <summary>A page's or form XObject's marked-content sequence (§14.7.4.2), by its MCID.</summary>
internal sealed record McidRef(ContentOwner Owner, int Mcid);

/// <summary>An annotation as content of a structure element (§14.7.4.3, OBJR).</summary>
internal sealed record AnnotRef(int Annotation, int Page);

/// <summary>A content stream with marked content: a page's, or a form XObject's (then <see cref="Form"/> is set).
/// <see cref="Key"/> is its /StructParents entry, the index of its MCIDs' array in the ParentTree (§14.7.4.4).</summary>
internal sealed class ContentOwner(int page, int? form, int key)
{
    public int Page { get; set; } = page;

    public int? Form { get; } = form;

    public int Key { get; } = key;

    public List<StructElem> ByMcid { get; } = [];
}

/// <summary>
/// Builds the structure tree while pages are written: a Document element at the root, optionally a
/// Part per document of a pack (with its /Lang), then the layout's nodes nested as they are opened.
/// List items next to each other are gathered into one L (§14.8.4.3.3).
/// </summary>
internal sealed class StructTree
{
    private readonly Dictionary<StructNode, StructElem> _elements = new(ReferenceEqualityComparer.Instance);

    public StructTree(string language)
    {
        Document = new StructElem("Document", null) { Lang = language };
        Top = Document;
    }

    public StructElem Document { get; }

    public StructElem Top { get; private set; }

    public int NextKey { get; set; }

    public List<(int Key, object Target)> ParentTree { get; } = [];

    public List<(StructElem Heading, int Page, float Top)> Headings { get; } = [];

    public void BeginPart(string language, string title)
    {
        Top = new StructElem("Part", Document) { Lang = language, Title = title };
        Document.Kids.Add(Top);
    }

    public void BeginDocument() => Top = Document;

    public StructElem Enter(StructNode node, StructElem? parent)
    {
        if (_elements.TryGetValue(node, out var known))
        {
            return known;
        }

        parent ??= Top;
        if (node.Role == "LI")
        {
            if (parent.Kids.LastOrDefault() is not StructElem { Role: "L" } list)
            {
                list = new StructElem("L", parent) { Numbering = node.Numbering };
                parent.Kids.Add(list);
            }

            parent = list;
        }

        var element = new StructElem(node.Role, parent) { Title = node.Title };
        parent.Kids.Add(element);
        _elements[node] = element;
        return element;
    }

    public ContentOwner NewOwner(int page, int? form)
    {
        var owner = new ContentOwner(page, form, NextKey++);
        ParentTree.Add((owner.Key, owner));
        return owner;
    }

    public int AnnotationKey(StructElem element)
    {
        var key = NextKey++;
        ParentTree.Add((key, element));
        return key;
    }
}

using MpLeaflets.Typesetting.Layout;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes laid-out pages as one tagged PDF 1.7 file: PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO
/// 19005-2). Pages are written as they are added (their content as page content, or as form
/// XObjects placed on imposed sheets); fonts, the structure tree, outline, metadata and catalog at
/// the end. One instance per file; not thread-safe.
/// </summary>
public sealed class PdfFile
{
    private readonly PdfObjectWriter _pdf = new();
    private readonly PdfResources _resources;
    private readonly StructTree _tree;
    private readonly List<int> _pages = [];
    private readonly int _pagesRoot;
    private readonly DocumentMetadata _metadata;

    /// <param name="metadata">Title, author, subject, dates (from the content, never the clock).</param>
    /// <param name="language">The document's language (BCP 47), its catalog /Lang.</param>
    public PdfFile(DocumentMetadata metadata, string language)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentException.ThrowIfNullOrEmpty(language);
        _metadata = metadata;
        Language = language;
        _resources = new PdfResources(_pdf);
        _tree = new StructTree(language);
        _pagesRoot = _pdf.Reserve();
    }

    public string Language { get; }

    public int PageCount => _pages.Count;

    /// <summary>Adds a document's pages. In a file of several documents (a pack) pass <paramref name="part"/>:
    /// its pages then form a Part of the structure, with its own language.</summary>
    public void AddPages(LayoutResult layout, PageSize size, (string Language, string Title)? part = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        BeginPart(part);
        foreach (var page in layout.Pages)
        {
            var pageObject = _pdf.Reserve();
            var owner = _tree.NewOwner(pageObject, null);
            var content = new ContentWriter(_resources, _tree, owner, size.Height);
            var contents = _pdf.WriteStream(content.Write(page));
            var annotations = Annotations(content, pageObject);
            WritePage(pageObject, size, b => b.Raw("/Contents ").Ref(contents).Raw("/Resources ").Ref(_resources.Object)
                .Raw("/StructParents ").Int(owner.Key), annotations);
        }
    }

    /// <summary>
    /// Adds a document's pages imposed for saddle stitching: each side of a sheet holds two pages
    /// (1-based numbers from <paramref name="sides"/>; a number above the page count is a blank page),
    /// each page a form XObject (ISO 32000-1 §8.10) placed so the two meet at the fold. The structure
    /// tree keeps reading order, page 1 first, whatever sheet a page is printed on.
    /// </summary>
    public void AddImposed(LayoutResult layout, PageSize pageSize, PageSize sheetSize, IReadOnlyList<(int Left, int Right)> sides,
        (string Language, string Title)? part = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(sides);
        BeginPart(part);
        var placed = new (int Sheet, int Form, float X)[layout.Pages.Count];
        var sheets = sides.Select(_ => _pdf.Reserve()).ToArray();
        var half = sheetSize.Width / 2;
        for (var s = 0; s < sides.Count; s++)
        {
            var (left, right) = sides[s];
            if (left <= placed.Length) { placed[left - 1] = (sheets[s], _pdf.Reserve(), half - pageSize.Width); }
            if (right <= placed.Length) { placed[right - 1] = (sheets[s], _pdf.Reserve(), half); }
        }

        // Written in reading order, so the structure tree is too.
        var links = sheets.ToDictionary(s => s, _ => new List<int>());
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            var (sheet, form, x) = placed[p];
            var owner = _tree.NewOwner(sheet, form);
            var content = new ContentWriter(_resources, _tree, owner, pageSize.Height);
            var bytes = content.Write(layout.Pages[p]);
            _pdf.WriteStream(form, bytes, b => b.Raw("/Type/XObject/Subtype/Form/BBox[0 0 ").Num(pageSize.Width).Raw(' ').Num(pageSize.Height)
                .Raw("]/Matrix[1 0 0 1 ").Num(x).Raw(" 0]/Resources ").Ref(_resources.Object).Raw("/StructParents ").Int(owner.Key));
            links[sheet].AddRange(Annotations(content, sheet, x));
        }

        for (var s = 0; s < sides.Count; s++)
        {
            var forms = placed.Where(p => p.Sheet == sheets[s]).ToList();
            var stream = new PdfBuffer();
            for (var i = 0; i < forms.Count; i++) { stream.Raw("/P").Int(i).Raw(" Do\n"); }
            var contents = _pdf.WriteStream(stream.Span);
            WritePage(sheets[s], sheetSize, b =>
            {
                b.Raw("/Contents ").Ref(contents).Raw("/Resources<</XObject<<");
                for (var i = 0; i < forms.Count; i++) { b.Raw("/P").Int(i).Raw(' ').Ref(forms[i].Form); }
                b.Raw(">>>>");
            }, links[sheets[s]]);
        }
    }

    /// <summary>Writes the file: fonts, structure tree, outline, metadata, catalog, cross-reference table.</summary>
    public byte[] ToArray()
    {
        _resources.Write();
        _pdf.Write(_pagesRoot, b =>
        {
            b.Raw("<</Type/Pages/Count ").Int(_pages.Count).Raw("/Kids[");
            foreach (var page in _pages) { b.Ref(page).Raw(' '); }
            b.Raw("]>>");
        });

        var structRoot = StructWriter.Write(_pdf, _tree);
        var outline = OutlineWriter.Write(_pdf, _tree);
        var xmp = Xmp.Packet(_metadata, Language, "A", universalAccess: true);
        // §14.3.2: the metadata stream stays uncompressed, so any tool can find the packet.
        var metadata = _pdf.WriteStream(xmp, b => b.Raw("/Type/Metadata/Subtype/XML"), compress: false);
        var icc = _pdf.WriteStream(SrgbProfile.Bytes, b => b.Raw("/N 3"));
        var catalog = _pdf.Write(b =>
        {
            b.Raw("<</Type/Catalog/Pages ").Ref(_pagesRoot).Raw("/Lang").Text(Language)
                .Raw("/MarkInfo<</Marked true>>/StructTreeRoot ").Ref(structRoot)
                .Raw("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ").Ref(metadata)
                .Raw("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier").Text(SrgbProfile.Identifier)
                .Raw("/Info").Text(SrgbProfile.Identifier).Raw("/DestOutputProfile ").Ref(icc).Raw(">>]");
            if (outline is { } o) { b.Raw("/Outlines ").Ref(o).Raw("/PageMode/UseOutlines"); }
            b.Raw(">>");
        });
        var info = _pdf.Write(Info);
        return _pdf.Finish(catalog, info);
    }

    private void BeginPart((string Language, string Title)? part)
    {
        if (part is { } p) { _tree.BeginPart(p.Language, p.Title); } else { _tree.BeginDocument(); }
    }

    private void Info(PdfBuffer b)
    {
        var m = _metadata;
        b.Raw("<</Title").Text(m.Title);
        if (m.Author.Length > 0) { b.Raw("/Author").Text(m.Author); }
        if (m.Subject.Length > 0) { b.Raw("/Subject").Text(m.Subject); }
        if (m.Keywords.Length > 0) { b.Raw("/Keywords").Text(m.Keywords); }
        b.Raw("/Creator").Text(m.Creator).Raw("/Producer").Text(Xmp.Producer);
        if (Xmp.PdfDate(m.Date) is { } date) { b.Raw("/CreationDate").Text(date).Raw("/ModDate").Text(date); }
        b.Raw(">>");
    }

    /// <summary>Link annotations (§12.5.6.5) with a URI action, printable (PDF/A), described by their text (PDF/UA
    /// §7.18.5), each the content of its Link element through an OBJR and its own ParentTree key.</summary>
    private List<int> Annotations(ContentWriter content, int page, float dx = 0)
    {
        var result = new List<int>();
        foreach (var (x1, y1, x2, y2, uri, element) in content.Links)
        {
            var annotation = _pdf.Reserve();
            var key = _tree.AnnotationKey(element);
            element.Kids.Add(new AnnotRef(annotation, page));
            _pdf.Write(annotation, b => b.Raw("<</Type/Annot/Subtype/Link/F 4/Border[0 0 0]/Rect[").Num(x1 + dx).Raw(' ').Num(y1).Raw(' ')
                .Num(x2 + dx).Raw(' ').Num(y2).Raw("]/Contents").Text(uri).Raw("/StructParent ").Int(key)
                .Raw("/A<</Type/Action/S/URI/URI").Text(uri).Raw(">>>>"));
            result.Add(annotation);
        }

        return result;
    }

    private void WritePage(int number, PageSize size, Action<PdfBuffer> entries, IReadOnlyList<int> annotations)
    {
        _pages.Add(number);
        _pdf.Write(number, b =>
        {
            b.Raw("<</Type/Page/Parent ").Ref(_pagesRoot).Raw("/MediaBox[0 0 ").Num(size.Width).Raw(' ').Num(size.Height).Raw(']');
            entries(b);
            b.Raw("/Tabs/S"); // §12.5: annotations in structure order (PDF/UA §7.18.3)
            if (annotations.Count > 0)
            {
                b.Raw("/Annots[");
                foreach (var a in annotations) { b.Ref(a).Raw(' '); }
                b.Raw(']');
            }

            b.Raw(">>");
        });
    }
}

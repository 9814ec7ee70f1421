namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes the structure tree (ISO 32000-1 §14.7.2): the StructTreeRoot, one StructElem per element
/// with its parent, type, kids (elements, marked-content references with the page and, for form
/// XObjects, the stream, §14.7.4.3; object references for annotations, §14.7.4.3 OBJR), language
/// and, for lists, the ListNumbering attribute; and the ParentTree (§14.7.4.4) from each content
/// stream's MCIDs and each annotation back to its element.
/// </summary>
internal static class StructWriter
{
    public static int Write(PdfObjectWriter pdf, StructTree tree)
    {
        var root = pdf.Reserve();
        Number(pdf, tree.Document);
        WriteElement(pdf, tree.Document, root);
        pdf.Write(root, b =>
        {
            b.Raw("<</Type/StructTreeRoot/K ").Ref(tree.Document.Object).Raw("/ParentTree<</Nums[");
            foreach (var (key, target) in tree.ParentTree.OrderBy(p => p.Key))
            {
                b.Int(key).Raw(' ');
                if (target is ContentOwner owner)
                {
                    b.Raw('[');
                    foreach (var element in owner.ByMcid) { b.Ref(element.Object).Raw(' '); }
                    b.Raw(']');
                }
                else
                {
                    b.Ref(((StructElem)target).Object);
                }
            }

            b.Raw("]>>/ParentTreeNextKey ").Int(tree.NextKey).Raw(">>");
        });
        return root;
    }

    private static void Number(PdfObjectWriter pdf, StructElem element)
    {
        element.Object = pdf.Reserve();
        foreach (var kid in element.Kids.OfType<StructElem>()) { Number(pdf, kid); }
    }

    private static void WriteElement(PdfObjectWriter pdf, StructElem element, int root)
    {
        pdf.Write(element.Object, b =>
        {
            b.Raw("<</S/").Raw(element.Role).Raw("/P ").Ref(element.Parent?.Object ?? root);
            if (element.Lang is { } lang) { b.Raw("/Lang").Text(lang); }
            if (element.Title is { } title) { b.Raw("/T").Text(title); }
            if (element.Numbering is { } numbering) { b.Raw("/A<</O/List/ListNumbering/").Raw(numbering).Raw(">>"); }
            var pg = element.Kids.OfType<McidRef>().FirstOrDefault()?.Owner.Page;
            if (pg is { } p) { b.Raw("/Pg ").Ref(p); }
            b.Raw("/K[");
            foreach (var kid in element.Kids)
            {
                switch (kid)
                {
                    case StructElem child:
                        b.Ref(child.Object).Raw(' ');
                        break;
                    case McidRef m when m.Owner.Form is null && m.Owner.Page == pg:
                        b.Int(m.Mcid).Raw(' '); // §14.7.4.2: an MCID on the element's own page is an integer
                        break;
                    case McidRef m:
                        b.Raw("<</Type/MCR/Pg ").Ref(m.Owner.Page);
                        if (m.Owner.Form is { } form) { b.Raw("/Stm ").Ref(form); }
                        b.Raw("/MCID ").Int(m.Mcid).Raw(">>");
                        break;
                    case AnnotRef a:
                        b.Raw("<</Type/OBJR/Pg ").Ref(a.Page).Raw("/Obj ").Ref(a.Annotation).Raw(">>");
                        break;
                }
            }

            b.Raw("]>>");
        });
        foreach (var kid in element.Kids.OfType<StructElem>()) { WriteElement(pdf, kid, root); }
    }
}

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// The outline (bookmarks, ISO 32000-1 §12.3.3) from the headings in reading order, nested by level
/// (H1 › H2 › H3), each pointing at the top of its heading on its page. PDF/UA (Matterhorn 30) asks
/// for one in any document with headings.
/// </summary>
internal static class OutlineWriter
{
    private sealed class Item(string title, int page, float top, int level)
    {
        public string Title { get; } = title;
        public int Page { get; } = page;
        public float Top { get; } = top;
        public int Level { get; } = level;
        public Item? Parent { get; set; }
        public List<Item> Kids { get; } = [];
        public int Object { get; set; }
    }

    public static int? Write(PdfObjectWriter pdf, StructTree tree)
    {
        if (tree.Headings.Count == 0)
        {
            return null;
        }

        var root = new Item("", 0, 0, 0);
        var open = root;
        foreach (var (heading, page, top) in tree.Headings)
        {
            var level = heading.Role[1] - '0';
            while (open.Level >= level) { open = open.Parent!; }
            var item = new Item(heading.Title ?? "", page, top, level) { Parent = open };
            open.Kids.Add(item);
            open = item;
        }

        root.Object = pdf.Reserve();
        Number(pdf, root);
        WriteKids(pdf, root);
        pdf.Write(root.Object, b => b.Raw("<</Type/Outlines/First ").Ref(root.Kids[0].Object).Raw("/Last ").Ref(root.Kids[^1].Object)
            .Raw("/Count ").Int(Count(root)).Raw(">>"));
        return root.Object;
    }

    private static int Count(Item item) => item.Kids.Count + item.Kids.Sum(Count);

    private static void Number(PdfObjectWriter pdf, Item item)
    {
        foreach (var kid in item.Kids)
        {
            kid.Object = pdf.Reserve();
            Number(pdf, kid);
        }
    }

    private static void WriteKids(PdfObjectWriter pdf, Item parent)
    {
        for (var i = 0; i < parent.Kids.Count; i++)
        {
            var item = parent.Kids[i];
            var prev = i > 0 ? parent.Kids[i - 1] : null;
            var next = i + 1 < parent.Kids.Count ? parent.Kids[i + 1] : null;
            pdf.Write(item.Object, b =>
            {
                b.Raw("<</Title").Text(item.Title).Raw("/Parent ").Ref(parent.Object);
                if (prev is not null) { b.Raw("/Prev ").Ref(prev.Object); }
                if (next is not null) { b.Raw("/Next ").Ref(next.Object); }
                if (item.Kids.Count > 0)
                {
                    b.Raw("/First ").Ref(item.Kids[0].Object).Raw("/Last ").Ref(item.Kids[^1].Object).Raw("/Count ").Int(Count(item));
                }

                b.Raw("/Dest[").Ref(item.Page).Raw("/XYZ null ").Num(item.Top).Raw(" null]>>");
            });
            WriteKids(pdf, item);
        }
    }
}

using MpLeaflets.Typesetting.Fonts;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// Writes one laid-out page as a content stream (ISO 32000-1 §8, §9.4) with marked content
/// (§14.6): text of each structure element in a /Span, /P … sequence with an MCID (§14.7.4.2),
/// rules, boxes and underlines as /Artifact, running headers and footers as pagination artifacts
/// (§14.8.2.2). Links become annotations tied to their Link element.
/// </summary>
internal sealed class ContentWriter(PdfResources resources, StructTree tree, ContentOwner owner, float pageHeight, float dx = 0)
{
    private readonly PdfBuffer _out = new();
    private readonly List<(StructElem? Element, string? Artifact)> _open = [];
    private StructElem? _marked;
    private bool _artifactMarked;
    private (CidFont Font, float Size)? _font;
    private StructElem? _lastLink;

    /// <summary>Link annotations of this content: rectangle in PDF space, URI, alternate text, element.</summary>
    public List<(float X1, float Y1, float X2, float Y2, string Uri, StructElem Element)> Links { get; } = [];

    public byte[] Write(PageContent page)
    {
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case OpenOp open:
                    Open(open);
                    break;
                case CloseOp:
                    Close();
                    break;
                case GlyphOp g when g.Piece.Glyphs.Length > 0:
                    Glyphs(g);
                    break;
                case LineOp l:
                    Artifact();
                    _out.Num(l.Width).Raw(" w ").Num(X(l.X1)).Raw(' ').Num(Y(l.Y1)).Raw(" m ").Num(X(l.X2)).Raw(' ').Num(Y(l.Y2)).Raw(" l S\n");
                    break;
                case RectOp r:
                    Artifact();
                    _out.Num(r.Stroke).Raw(" w ").Num(X(r.X)).Raw(' ').Num(Y(r.Y + r.Height)).Raw(' ').Num(r.Width).Raw(' ').Num(r.Height).Raw(" re S\n");
                    break;
                case LinkOp link when _lastLink is { } element && element.Uri == link.Uri:
                    Links.Add((X(link.X), Y(link.Y + link.Height), X(link.X + link.Width), Y(link.Y), link.Uri, element));
                    break;
            }
        }

        EndMarked();
        return _out.ToArray();
    }

    private float X(float x) => x + dx;

    private float Y(float y) => pageHeight - y;

    private bool InArtifact => _open.Any(o => o.Artifact is not null);

    private void Open(OpenOp op)
    {
        if (op.Artifact is { } subtype)
        {
            EndMarked();
            _out.Raw("/Artifact<</Type/Pagination/Subtype/").Raw(subtype).Raw(">>BDC\n");
            _open.Add((null, subtype));
            return;
        }

        var parent = _open.LastOrDefault(o => o.Element is not null).Element;
        _open.Add((InArtifact ? null : tree.Enter(op.Node!, parent), null));
    }

    private void Close()
    {
        var top = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (top.Artifact is not null)
        {
            EndMarked();
            _out.Raw("EMC\n");
        }
    }

    /// <summary>Content outside any structure (rules, boxes, underlines): an artifact (§14.8.2.2).</summary>
    private void Artifact()
    {
        if (InArtifact || _artifactMarked)
        {
            return;
        }

        EndMarked();
        _out.Raw("/Artifact BMC\n");
        _artifactMarked = true;
    }

    private void EndMarked()
    {
        if (_marked is not null || _artifactMarked)
        {
            _out.Raw("EMC\n");
        }

        _marked = null;
        _artifactMarked = false;
    }

    private void Glyphs(GlyphOp op)
    {
        var piece = op.Piece;
        if (!InArtifact)
        {
            Mark(Leaf(piece), op);
        }

        GlyphText.Write(_out, piece, resources, X(op.X), Y(op.Baseline), ref _font);
    }

    /// <summary>The element a piece's text belongs to: the open one, or a Span with /Lang (§14.9.2) when the
    /// piece's language differs, or a Link (§14.8.4.4.2) when it is a link.</summary>
    private StructElem Leaf(LinePiece piece)
    {
        var element = _open.LastOrDefault(o => o.Element is not null).Element ?? tree.Enter(new StructNode("P"), null);
        var lang = piece.Language != element.EffectiveLang ? piece.Language : null;
        if (piece.Link is { } uri)
        {
            if (element.Kids.LastOrDefault() is StructElem { Role: "Link" } link && link.Uri == uri && link.Lang == lang)
            {
                return _lastLink = link;
            }

            link = new StructElem("Link", element) { Uri = uri, Lang = lang };
            element.Kids.Add(link);
            return _lastLink = link;
        }

        if (lang is null)
        {
            return element;
        }

        if (element.Kids.LastOrDefault() is StructElem { Role: "Span" } span && span.Lang == lang)
        {
            return span;
        }

        span = new StructElem("Span", element) { Lang = lang };
        element.Kids.Add(span);
        return span;
    }

    private void Mark(StructElem element, GlyphOp op)
    {
        if (_marked == element && !_artifactMarked)
        {
            return;
        }

        EndMarked();
        var mcid = owner.ByMcid.Count;
        owner.ByMcid.Add(element);
        element.Kids.Add(new McidRef(owner, mcid));
        _out.Raw('/').Raw(element.Role).Raw("<</MCID ").Int(mcid).Raw(">>BDC\n");
        _marked = element;
        if (element.Role.Length == 2 && element.Role[0] == 'H' && !tree.Headings.Any(h => h.Heading == element))
        {
            tree.Headings.Add((element, owner.Page, Y(op.Baseline) + (op.Piece.Size * 1.2f)));
        }
    }
}

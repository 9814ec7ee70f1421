using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using MpLeaflets.Typesetting.Pdf;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// A glyph's outline as PDF path operators (ISO 32000-1 §8.5.2) in font units, y up, from
/// HarfBuzz's draw API; quadratic segments become cubic ones. Used for glyphs that carry no text
/// (the detached dots of Arabic letters, parts of Indic conjuncts): drawn as paths, they print the
/// same and no reader can make a character of them. Null for a glyph with no outline.
/// </summary>
internal static unsafe class GlyphOutlines
{
    private static readonly ConcurrentDictionary<(FontFace Face, ushort Glyph), byte[]?> Cache = new();
    private static readonly IntPtr Funcs = CreateFuncs();

    public static byte[]? Of(FontFace face, ushort glyph) => Cache.GetOrAdd((face, glyph), static k => Draw(k.Face, k.Glyph));

    private static byte[]? Draw(FontFace face, ushort glyph)
    {
        var sink = new Sink();
        var handle = GCHandle.Alloc(sink);
        try
        {
            HbSubsetNative.hb_font_draw_glyph(face.HbFont.Handle, glyph, Funcs, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }

        return sink.Empty ? null : sink.Path.Raw('f').ToArray(); // nonzero winding, as TrueType fills
    }

    private sealed class Sink
    {
        public PdfBuffer Path { get; } = new();

        public float X { get; set; }

        public float Y { get; set; }

        public bool Empty { get; set; } = true;

        public void Point(float x, float y) => Path.Num(x).Raw(' ').Num(y).Raw(' ');
    }

    private static Sink Of(IntPtr data) => (Sink)GCHandle.FromIntPtr(data).Target!;

    private static IntPtr CreateFuncs()
    {
        var funcs = HbSubsetNative.hb_draw_funcs_create();
        HbSubsetNative.hb_draw_funcs_set_move_to_func(funcs, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&MoveTo, 0, 0);
        HbSubsetNative.hb_draw_funcs_set_line_to_func(funcs, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&LineTo, 0, 0);
        HbSubsetNative.hb_draw_funcs_set_quadratic_to_func(funcs, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, float, float, float, float, IntPtr, void>)&QuadTo, 0, 0);
        HbSubsetNative.hb_draw_funcs_set_cubic_to_func(funcs, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, float, float, float, float, float, float, IntPtr, void>)&CubicTo, 0, 0);
        HbSubsetNative.hb_draw_funcs_set_close_path_func(funcs, (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr, void>)&ClosePath, 0, 0);
        HbSubsetNative.hb_draw_funcs_make_immutable(funcs);
        return funcs;
    }

    [UnmanagedCallersOnly]
    private static void MoveTo(IntPtr funcs, IntPtr data, IntPtr state, float x, float y, IntPtr user)
    {
        var s = Of(data);
        s.Point(x, y);
        s.Path.Raw("m\n");
        (s.X, s.Y) = (x, y);
    }

    [UnmanagedCallersOnly]
    private static void LineTo(IntPtr funcs, IntPtr data, IntPtr state, float x, float y, IntPtr user)
    {
        var s = Of(data);
        s.Point(x, y);
        s.Path.Raw("l\n");
        (s.X, s.Y, s.Empty) = (x, y, false);
    }

    [UnmanagedCallersOnly]
    private static void QuadTo(IntPtr funcs, IntPtr data, IntPtr state, float cx, float cy, float x, float y, IntPtr user)
    {
        // The cubic with the same curve: control points two thirds of the way to the quadratic one.
        var s = Of(data);
        s.Point(s.X + (2f / 3 * (cx - s.X)), s.Y + (2f / 3 * (cy - s.Y)));
        s.Point(x + (2f / 3 * (cx - x)), y + (2f / 3 * (cy - y)));
        s.Point(x, y);
        s.Path.Raw("c\n");
        (s.X, s.Y, s.Empty) = (x, y, false);
    }

    [UnmanagedCallersOnly]
    private static void CubicTo(IntPtr funcs, IntPtr data, IntPtr state, float c1x, float c1y, float c2x, float c2y, float x, float y, IntPtr user)
    {
        var s = Of(data);
        s.Point(c1x, c1y);
        s.Point(c2x, c2y);
        s.Point(x, y);
        s.Path.Raw("c\n");
        (s.X, s.Y, s.Empty) = (x, y, false);
    }

    [UnmanagedCallersOnly]
    private static void ClosePath(IntPtr funcs, IntPtr data, IntPtr state, IntPtr user) => Of(data).Path.Raw("h\n");
}

using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>The glyphs of a font one document draws, renumbered from 1 (0 is .notdef), and the map
/// from the ids HarfBuzz shaped with to the ids in <see cref="Bytes"/>.</summary>
internal sealed record FontSubset(byte[] Bytes, IReadOnlyDictionary<ushort, ushort> NewIds);

/// <summary>
/// Cuts a font down to the glyphs one document draws with hb_subset, renumbering them so the
/// glyph tables (loca, hmtx) hold only those glyphs. The plan's old → new map translates shaped
/// glyph ids; the PDF maps its CIDs to the new ids (CIDToGIDMap).
/// </summary>
internal static class Subsetter
{
    // Shaping is already done, so the layout tables are dead weight in the PDF (~7% smaller), and so
    // are vertical and per-size metrics (which would also have to grow with TrueTypeClones), hinting
    // (print at 300 dpi and more needs none) and names (the PDF names the font). No
    // characters are kept in the subset's cmap: the PDF's ToUnicode says what each glyph means.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "morx", "kern", "DSIG", "BASE", "JSTF", "MATH", "STAT", "meta", "vhea", "vmtx", "VORG", "hdmx", "LTSH", "VDMX",
        "name", "post", "gasp", "prep", "fpgm", "cvt "];

    // Same font + same glyphs → same bytes; documents built again (or in a batch) reuse them.
    private static readonly ConcurrentDictionary<string, FontSubset> Cache = new(StringComparer.Ordinal);

    public static FontSubset Subset(FontFace font, IReadOnlyCollection<ushort> glyphs)
    {
        var sorted = glyphs.Order().ToArray();
        var key = font.Path + "|" + string.Join(',', sorted);
        if (Cache.Count > 4096)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, _ => Run(font, sorted));
    }

    private static FontSubset Run(FontFace font, ushort[] glyphs)
    {
        var input = HbSubsetNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        }

        try
        {
            HbSubsetNative.hb_subset_input_set_flags(input, HbSubsetNative.FlagsNoHinting);
            var glyphSet = HbSubsetNative.hb_subset_input_glyph_set(input);
            HbSubsetNative.hb_set_add(glyphSet, 0); // .notdef is required by the OpenType spec.
            foreach (var glyph in glyphs)
            {
                HbSubsetNative.hb_set_add(glyphSet, glyph);
            }

            var drop = HbSubsetNative.hb_subset_input_set(input, HbSubsetNative.SetsDropTableTag);
            foreach (var tag in DroppedTables)
            {
                HbSubsetNative.hb_set_add(drop, Tag(tag));
            }

            var plan = HbSubsetNative.hb_subset_plan_create_or_fail(font.Face.Handle, input);
            if (plan == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not plan a subset of {font.Name} ({font.Path}).");
            }

            try
            {
                var map = HbSubsetNative.hb_subset_plan_old_to_new_glyph_mapping(plan);
                var newIds = new Dictionary<ushort, ushort>(glyphs.Length);
                foreach (var glyph in glyphs)
                {
                    var mapped = HbSubsetNative.hb_map_get(map, glyph);
                    newIds[glyph] = mapped <= ushort.MaxValue ? (ushort)mapped
                        : throw new InvalidOperationException($"HarfBuzz dropped glyph {glyph} of {font.Name} from its subset.");
                }

                return new FontSubset(Execute(font, plan), newIds);
            }
            finally
            {
                HbSubsetNative.hb_subset_plan_destroy(plan);
            }
        }
        finally
        {
            HbSubsetNative.hb_subset_input_destroy(input);
        }
    }

    private static byte[] Execute(FontFace font, IntPtr plan)
    {
        var subsetFace = HbSubsetNative.hb_subset_plan_execute_or_fail(plan);
        if (subsetFace == IntPtr.Zero)
        {
            throw new InvalidOperationException($"HarfBuzz could not subset {font.Name} ({font.Path}).");
        }

        try
        {
            var blob = HbSubsetNative.hb_face_reference_blob(subsetFace);
            try
            {
                var data = HbSubsetNative.hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                HbSubsetNative.hb_blob_destroy(blob);
            }
        }
        finally
        {
            HbSubsetNative.hb_face_destroy(subsetFace);
        }
    }

    private static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}

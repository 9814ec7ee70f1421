using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// Cuts a font down to the glyphs one document draws. Skia embeds whole font files (a 4-page
/// leaflet was 1.15 MB), so every font is subset here before Skia sees it.
/// </summary>
internal static class Subsetter
{
    // Shaping is already done, so the layout tables are dead weight in the PDF (~7% smaller).
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "morx", "kern", "DSIG", "BASE", "JSTF", "MATH"];

    // Same font + same glyphs → same bytes; documents built again (or in a batch) reuse them.
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public static byte[] Subset(FontFace font, IReadOnlyCollection<ushort> glyphs, IReadOnlyCollection<int> codePoints)
    {
        var sorted = glyphs.Order().ToArray();
        var key = font.Path + "|" + string.Join(',', sorted);
        if (Cache.Count > 4096)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, _ => Run(font, sorted, codePoints));
    }

    private static byte[] Run(FontFace font, ushort[] glyphs, IReadOnlyCollection<int> codePoints)
    {
        var input = HbSubsetNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        }

        try
        {
            HbSubsetNative.hb_subset_input_set_flags(input, HbSubsetNative.FlagsRetainGids | HbSubsetNative.FlagsNoHinting);
            var glyphSet = HbSubsetNative.hb_subset_input_glyph_set(input);
            HbSubsetNative.hb_set_add(glyphSet, 0); // .notdef is required by the OpenType spec.
            foreach (var glyph in glyphs)
            {
                HbSubsetNative.hb_set_add(glyphSet, glyph);
            }

            // Keeping the cmap entries of the drawn characters lets PDF readers map glyphs back to text.
            var unicodes = HbSubsetNative.hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                HbSubsetNative.hb_set_add(unicodes, (uint)cp);
            }

            var drop = HbSubsetNative.hb_subset_input_set(input, HbSubsetNative.SetsDropTableTag);
            foreach (var tag in DroppedTables)
            {
                HbSubsetNative.hb_set_add(drop, Tag(tag));
            }

            var subsetFace = HbSubsetNative.hb_subset_or_fail(font.Face.Handle, input);
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
        finally
        {
            HbSubsetNative.hb_subset_input_destroy(input);
        }
    }

    private static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}

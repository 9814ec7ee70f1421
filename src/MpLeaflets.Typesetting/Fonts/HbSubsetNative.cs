using System.Runtime.InteropServices;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// The HarfBuzz subsetter is exported by the native libHarfBuzzSharp shipped with HarfBuzzSharp,
/// but HarfBuzzSharp does not wrap it; these are the few entry points we need (hb-subset.h).
/// </summary>
internal static partial class HbSubsetNative
{
    private const string Lib = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t: drop hinting (print needs none) and keep glyph ids unchanged,
    /// so the ids HarfBuzz shaped with the full font stay valid in the subset.</summary>
    public const uint FlagsNoHinting = 0x1;
    public const uint FlagsRetainGids = 0x2;

    /// <summary>hb_subset_sets_t HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int SetsDropTableTag = 3;

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Lib)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Lib)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Lib)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Lib)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Lib)]
    public static partial void hb_blob_destroy(IntPtr blob);
}

using System.Runtime.InteropServices;

namespace MpLeaflets.Typesetting.Fonts;

/// <summary>
/// The HarfBuzz subsetter is exported by the native libHarfBuzzSharp shipped with HarfBuzzSharp,
/// but HarfBuzzSharp does not wrap it; these are the few entry points we need (hb-subset.h).
/// </summary>
internal static partial class HbSubsetNative
{
    private const string Lib = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t: drop hinting (print needs none). Glyphs are renumbered (no
    /// RETAIN_GIDS): the plan's old → new map says which id each shaped glyph has in the subset.</summary>
    public const uint FlagsNoHinting = 0x1;

    /// <summary>hb_subset_sets_t HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int SetsDropTableTag = 3;

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Lib)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

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

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Lib)]
    public static partial void hb_subset_plan_destroy(IntPtr plan);

    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    /// <summary>The plan's old → new glyph id map (owned by the plan).</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [LibraryImport(Lib)]
    public static partial uint hb_map_get(IntPtr map, uint key);

}

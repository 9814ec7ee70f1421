using System.Globalization;
using System.Text.RegularExpressions;

namespace MpLeaflets.Text.Icu;

/// <summary>How a library names its ICU functions.</summary>
internal enum SymbolStyle
{
    /// <summary>Renamed with the major version (<c>ubidi_open_74</c>), as ICU builds by default; the
    /// plain name is tried next, for distributions that build without renaming.</summary>
    VersionSuffix,

    /// <summary>The file name says no version: the plain name, else a suffix found by asking for
    /// <c>u_getVersion_N</c>.</summary>
    PlainOrProbedSuffix,

    /// <summary>Plain names only (<c>ubidi_open</c>): the ICU that Windows and macOS ship.</summary>
    Plain,
}

/// <summary>One place an operating system keeps its ICU. <c>{N}</c> in the file stands for a major version.</summary>
internal sealed record IcuLibraryRow(string Platform, string File, SymbolStyle Symbols, string MinimumOs);

/// <summary>One library file to try, and the major version its symbols are suffixed with if known.</summary>
internal sealed record IcuCandidate(string File, int? Major, IcuLibraryRow Row);

/// <summary>
/// Where the operating system's own ICU is, per platform, as data: the same places the .NET runtime
/// looks (dotnet/runtime's pal_icushim.c), so a machine that runs .NET with globalization runs this
/// program too. Everything used (ubidi_*, ubrk_*, uchar, uset, uloc_canonicalize) is in ICU's common
/// library, libicuuc; nothing comes from libicui18n, so only the one library is opened. No network,
/// no bundled binary: ICU's data (line-break dictionaries, properties) must match the code that reads
/// it, and the system's copy is the one kept up to date.
/// </summary>
internal static class IcuProbe
{
    /// <summary>The variable that pins one ICU version (a major, or major.minor such as 72.1): then
    /// nothing else is tried, so a build can be sure which ICU its PDFs came from.</summary>
    public const string PinVariable = "MPLEAFLETS_ICU_VERSION";

    /// <summary>.NET's own override (CLR_ before .NET 10): tried first, then the usual search, as .NET does.</summary>
    public static readonly string[] PreferVariables = ["DOTNET_ICU_VERSION_OVERRIDE", "CLR_ICU_VERSION_OVERRIDE"];

    /// <summary>.NET's lowest (ICU 50 has everything used here, isolates came in 52 and are the text's
    /// own business) and a ceiling with decades of headroom: ICU makes about two majors a year.</summary>
    public const int OldestMajor = 50;
    public const int NewestMajor = 150;

    /// <summary>The table docs/text.md shows. Order within a platform is the order tried.</summary>
    public static readonly IReadOnlyList<IcuLibraryRow> Rows =
    [
        new("linux", "libicuuc.so.{N}", SymbolStyle.VersionSuffix, $"any distribution with ICU {OldestMajor} or later (libicu-dev or libicuNN)"),
        new("linux", "libicuuc.so", SymbolStyle.PlainOrProbedSuffix, "the development link (libicu-dev), when no numbered file is found"),
        new("windows", "icu.dll", SymbolStyle.Plain, "Windows 10 version 1903 (May 2019 Update), Windows 11"),
        new("windows", "icuuc.dll", SymbolStyle.Plain, "Windows 10 version 1703 (Creators Update)"),
        new("macos", "/usr/lib/libicucore.dylib", SymbolStyle.Plain, "every macOS .NET 10 runs on"),
    ];

    /// <summary>The platform name the table uses for this machine, or null where no row applies.</summary>
    public static string? CurrentPlatform() =>
        OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "macos"
        // FreeBSD names its ICU as Linux distributions do.
        : OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD() ? "linux"
        : null;

    /// <summary>
    /// The files to try, in order. With a pin only the pinned file (Linux) or only a library of that
    /// major (elsewhere, checked after loading). A preferred version (.NET's override) goes first.
    /// </summary>
    public static IEnumerable<IcuCandidate> Candidates(string platform, IcuVersionRequest? pin, IcuVersionRequest? preferred)
    {
        foreach (var row in Rows.Where(r => r.Platform == platform))
        {
            if (!row.File.Contains("{N}", StringComparison.Ordinal))
            {
                // An unnumbered file may be any version: with a pin it is checked once loaded.
                yield return new IcuCandidate(row.File, null, row);
                continue;
            }

            if (pin is { } p)
            {
                yield return new IcuCandidate(row.File.Replace("{N}", p.Text, StringComparison.Ordinal), p.Major, row);
                // Nothing else: a pin that is not there is an error, not a hint.
                yield break;
            }

            if (preferred is { } first)
            {
                yield return new IcuCandidate(row.File.Replace("{N}", first.Text, StringComparison.Ordinal), first.Major, row);
            }

            for (var n = NewestMajor; n >= OldestMajor; n--)
            {
                yield return new IcuCandidate(row.File.Replace("{N}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), n, row);
            }
        }
    }

    /// <summary>The names one ICU function may have, in the order tried: <c>ubidi_open_74</c>, then
    /// <c>ubidi_open</c> (some distributions build ICU without renaming).</summary>
    public static IReadOnlyList<string> SymbolNames(string function, int? major) =>
        major is { } m ? [$"{function}_{m.ToString(CultureInfo.InvariantCulture)}", function] : [function];

    /// <summary>The majors to ask <c>u_getVersion_N</c> for when a file's name does not say its version.</summary>
    public static IEnumerable<int> ProbedMajors() =>
        Enumerable.Range(OldestMajor, NewestMajor - OldestMajor + 1).Reverse();
}

/// <summary>A version asked for in the environment: its text as written (the file suffix) and its major (the symbol suffix).</summary>
internal sealed partial record IcuVersionRequest(string Variable, string Text, int Major)
{
    /// <summary>
    /// "74", "74.2" or "74.2.1"; like .NET, anything after the numbers (Ubuntu's "74.2-1ubuntu3") is
    /// ignored. Null when the variable is unset or empty; an exception when it holds no version.
    /// </summary>
    public static IcuVersionRequest? FromEnvironment(string variable, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { return null; }
        var match = Leading().Match(value.Trim());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new IcuNotFoundException($"{variable}='{value}' is not an ICU version. Write a major version such as 74 (or 74.2), or unset it.");
        }
        return new IcuVersionRequest(variable, match.Value, major);
    }

    /// <summary>.NET's override: a value .NET could not read is skipped, as .NET skips it.</summary>
    public static IcuVersionRequest? FromPreference(string variable, string? value)
    {
        try { return FromEnvironment(variable, value); }
        catch (IcuNotFoundException) { return null; }
    }

    [GeneratedRegex(@"^(\d{1,3})(?:\.\d{1,3}){0,2}")]
    private static partial Regex Leading();
}

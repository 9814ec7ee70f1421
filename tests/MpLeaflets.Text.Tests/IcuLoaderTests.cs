using System.Text.RegularExpressions;
using MpLeaflets.Text.Icu;

namespace MpLeaflets.Text.Tests;

/// <summary>
/// Finding the operating system's ICU: here (Linux) for real, elsewhere as the data and names the
/// search would use, since Windows and macOS cannot be run here.
/// </summary>
public sealed class IcuLoaderTests
{
    [Fact]
    public void The_loader_finds_this_machines_icu_and_reports_its_version()
    {
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux");
        var version = IcuNative.Version;
        var major = int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Matches(@"^\d+\.\d+(\.\d+)*$", version);
        Assert.InRange(major, IcuProbe.OldestMajor, IcuProbe.NewestMajor);
        // The highest-numbered libicuuc.so.N on the machine, as .NET picks it.
        Assert.Equal($"libicuuc.so.{major}", IcuNative.Library);
    }

    [Fact]
    public void Pinning_the_version_the_machine_has_loads_it_and_a_version_it_lacks_says_what_was_looked_for()
    {
        var major = IcuNative.Version.Split('.')[0];

        var pinned = IcuNative.Probe(v => v == IcuProbe.PinVariable ? major : null);
        var missing = Assert.Throws<IcuNotFoundException>(() => IcuNative.Probe(v => v == IcuProbe.PinVariable ? "999" : null));

        Assert.Equal(IcuNative.Library, pinned.Library);
        Assert.Equal(IcuNative.Version, pinned.Version);
        Assert.Contains("libicuuc.so.999 only, as MPLEAFLETS_ICU_VERSION=999 asks", missing.Message);
        Assert.Contains("unset MPLEAFLETS_ICU_VERSION", missing.Message);
    }

    [Fact]
    public void Dotnets_override_is_tried_first_and_a_missing_one_falls_back_as_in_dotnet()
    {
        var loaded = IcuNative.Probe(v => v == "DOTNET_ICU_VERSION_OVERRIDE" ? "999" : null);

        Assert.Equal(IcuNative.Library, loaded.Library);
    }

    [Fact]
    public void A_function_is_looked_up_with_the_versions_suffix_then_without()
    {
        Assert.Equal(["ubidi_open_74", "ubidi_open"], IcuProbe.SymbolNames("ubidi_open", 74));
        Assert.Equal(["ubrk_open"], IcuProbe.SymbolNames("ubrk_open", null));
    }

    [Fact]
    public void An_unnumbered_library_is_asked_which_suffix_its_functions_have()
    {
        // The loaded libicuuc.so.N under the unnumbered name, as libicu-dev links it.
        _ = IcuNative.Version;
        var real = File.ReadLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
            .First(p => Path.GetFileName(p).StartsWith("libicuuc.so.", StringComparison.Ordinal));
        var folder = Directory.CreateTempSubdirectory("icu-link-");
        try
        {
            var link = Path.Combine(folder.FullName, "libicuuc.so");
            File.CreateSymbolicLink(link, real);
            var problems = new List<string>();

            var loaded = IcuNative.TryOpen(new IcuCandidate(link, null, IcuProbe.Rows.Single(r => r.File == "libicuuc.so")), null, problems);

            Assert.Empty(problems);
            Assert.Equal(IcuNative.Version, loaded?.Version);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_library_without_icus_functions_is_passed_over_with_the_function_it_lacks()
    {
        var problems = new List<string>();

        var loaded = IcuNative.TryOpen(new IcuCandidate("libc.so.6", 72, IcuProbe.Rows[0]), null, problems);

        Assert.Null(loaded);
        Assert.Equal(["libc.so.6 loaded but has no u_getVersion_72 or u_getVersion"], problems);
    }

    [Fact]
    public void Linux_tries_numbered_libraries_newest_first_then_the_unnumbered_one()
    {
        var candidates = IcuProbe.Candidates("linux", null, null).ToList();

        Assert.Equal($"libicuuc.so.{IcuProbe.NewestMajor}", candidates[0].File);
        Assert.Equal(("libicuuc.so", (int?)null), (candidates[^1].File, candidates[^1].Major));
        Assert.True(candidates.FindIndex(c => c.File == "libicuuc.so.74") < candidates.FindIndex(c => c.File == "libicuuc.so.73"));
        Assert.Equal(74, candidates.Single(c => c.File == "libicuuc.so.74").Major);
        Assert.Equal($"libicuuc.so.{IcuProbe.OldestMajor}", candidates[^2].File);
    }

    [Fact]
    public void A_pin_is_the_only_linux_candidate_and_dotnets_override_only_goes_first()
    {
        var pin = IcuVersionRequest.FromEnvironment("MPLEAFLETS_ICU_VERSION", "72.1")!;
        var preferred = IcuVersionRequest.FromPreference("DOTNET_ICU_VERSION_OVERRIDE", "74.2-1ubuntu3.1")!;

        var pinned = Assert.Single(IcuProbe.Candidates("linux", pin, null));
        var first = IcuProbe.Candidates("linux", null, preferred).First();

        Assert.Equal(("libicuuc.so.72.1", (int?)72), (pinned.File, pinned.Major));
        Assert.Equal(("libicuuc.so.74.2", (int?)74), (first.File, first.Major));
        Assert.Null(IcuVersionRequest.FromPreference("DOTNET_ICU_VERSION_OVERRIDE", "latest"));
        Assert.Throws<IcuNotFoundException>(() => IcuVersionRequest.FromEnvironment("MPLEAFLETS_ICU_VERSION", "latest"));
    }

    [Fact]
    public void Windows_and_macos_use_the_icu_of_the_operating_system_with_plain_names()
    {
        var windows = IcuProbe.Candidates("windows", null, null).ToList();
        var macos = IcuProbe.Candidates("macos", null, null).ToList();

        Assert.Equal(["icu.dll", "icuuc.dll"], windows.Select(c => c.File));
        Assert.Equal(["/usr/lib/libicucore.dylib"], macos.Select(c => c.File));
        Assert.All(windows.Concat(macos), c => Assert.Equal(SymbolStyle.Plain, c.Row.Symbols));
        Assert.All(windows.Concat(macos), c => Assert.Null(c.Major));
    }

    [Theory]
    [InlineData("linux", "apt-get install libicu-dev")]
    [InlineData("windows", "Windows 10 version 1903")]
    [InlineData("macos", "/usr/lib/libicucore.dylib")]
    [InlineData(null, "runs on Linux, on Windows 10 version 1903 or later and on macOS")]
    public void The_message_says_per_platform_what_was_looked_for_and_what_to_do(string? platform, string expected)
    {
        var message = IcuNotFoundException.Describe(platform, ["icu.dll loaded but has no ubidi_open"], null);

        Assert.StartsWith("ICU, the Unicode library", message);
        Assert.Contains(expected, message);
        Assert.Contains("icu.dll loaded but has no ubidi_open.", message);
    }

    [Fact]
    public void Versions_read_as_icu_writes_them()
    {
        Assert.Equal("72.1", IcuNative.VersionText([72, 1, 0, 0]));
        Assert.Equal("74.2.1", IcuNative.VersionText([74, 2, 1, 0]));
        Assert.Equal("76.0", IcuNative.VersionText([76, 0, 0, 0]));
    }

    [Fact]
    public void The_table_in_docs_text_md_lists_every_place_the_loader_looks()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "text.md"));

        foreach (var row in IcuProbe.Rows)
        {
            Assert.Matches(new Regex($@"^\| {row.Platform} \| `{Regex.Escape(row.File)}`", RegexOptions.Multiline), docs);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MpLeaflets.sln"))) { return dir.FullName; }
        }
        throw new InvalidOperationException("no MpLeaflets.sln above " + AppContext.BaseDirectory);
    }
}

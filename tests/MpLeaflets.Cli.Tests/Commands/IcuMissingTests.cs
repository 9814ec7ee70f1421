namespace MpLeaflets.Tests.Commands;

/// <summary>
/// A machine without the ICU the program looks for. ICU is loaded once per process, so the missing
/// one is a real program run with MPLEAFLETS_ICU_VERSION pinned to a version no machine has.
/// </summary>
public sealed class IcuMissingTests
{
    private const string Doc = "---\nid: guide\nkind: leaflet\ntitle: Guide\nversion: 2026-01-01\n---\n## Your MP\n\nWrite to them.\n";

    [Fact]
    public void Without_the_pinned_icu_build_says_what_it_looked_for_and_what_to_do_and_writes_nothing()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });
        var before = project.Snapshot();

        var result = RealProgram.Run(project.Root, new Dictionary<string, string> { ["MPLEAFLETS_ICU_VERSION"] = "999" }, "build");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ICU", result.Error);
        Assert.Contains("libicuuc.so.999 only", result.Error);
        Assert.Contains("MPLEAFLETS_ICU_VERSION", result.Error);
        Assert.DoesNotContain("   at ", result.Error); // a message, not a stack trace
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before.Keys.Order(), project.Snapshot().Keys.Order());
    }

    [Fact]
    public void A_pin_that_is_no_version_is_named_as_such()
    {
        using var project = TempProject.With(new Dictionary<string, string> { ["guide.md"] = Doc });

        var result = RealProgram.Run(project.Root, new Dictionary<string, string> { ["MPLEAFLETS_ICU_VERSION"] = "latest" }, "status");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MPLEAFLETS_ICU_VERSION='latest' is not an ICU version", result.Error);
    }
}

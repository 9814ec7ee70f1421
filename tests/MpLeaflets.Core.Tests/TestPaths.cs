namespace MpLeaflets.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Find();

    public static string SpecData => Path.Combine(RepoRoot, "tests", "spec-data", "node_modules");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MpLeaflets.sln"))) { return dir.FullName; }
        }
        throw new InvalidOperationException("Cannot find the repository root (MpLeaflets.sln) above " + AppContext.BaseDirectory);
    }
}

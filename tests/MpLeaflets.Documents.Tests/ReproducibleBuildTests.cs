namespace MpLeaflets.Tests;

public sealed class ReproducibleBuildTests
{
    [Fact]
    public void Two_forced_builds_give_the_same_bytes_for_every_file_booklets_and_packs_included()
    {
        using var project = TempProject.CopyOfRepository();

        Assert.Equal(0, Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa", "--force").ExitCode);
        var first = BuiltFiles(project);
        Thread.Sleep(1100); // a clock that leaked into the files would now read differently
        Assert.Equal(0, Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa", "--force").ExitCode);
        var second = BuiltFiles(project);

        Assert.Contains(first.Keys, k => k.EndsWith(".booklet.pdf", StringComparison.Ordinal));
        Assert.Contains(first.Keys, k => k.StartsWith("packs", StringComparison.Ordinal));
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(second[kv.Key]), $"{kv.Key} differs between two builds"));
    }

    [Fact]
    public void Every_built_file_passes_qpdf_check_without_warnings()
    {
        using var project = TempProject.CopyOfRepository();
        Assert.Equal(0, Cli.Run(project.Root, "build", "--pack", "detention-harmondsworth-ar-fa").ExitCode);

        foreach (var file in Directory.EnumerateFiles(project.PathOf("output"), "*.pdf", SearchOption.AllDirectories))
        {
            var (code, output) = Pdfs.Check(file);
            Assert.True(code == 0, $"qpdf --check {file} exited {code}:\n{output}");
        }
    }

    private static Dictionary<string, byte[]> BuiltFiles(TempProject project)
    {
        var output = project.PathOf("output");
        return Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes);
    }
}

using MpLeaflets.Storage;

namespace MpLeaflets.Tests.Storage;

public sealed class ProjectLockTests : IDisposable
{
    private readonly TempProject _project = TempProject.With(new Dictionary<string, string>());

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_second_writer_waits_the_stated_time_then_is_refused_naming_the_holder()
    {
        using var first = ProjectLock.Acquire(_project.Root, "mpleaflets import", TimeSpan.Zero);

        var e = Assert.Throws<ContentException>(() => ProjectLock.Acquire(_project.Root, "mpleaflets sync", TimeSpan.FromSeconds(0.5)));

        Assert.Null(e.File);
        Assert.Contains($"another command is writing this project (mpleaflets import, process {Environment.ProcessId}", e.Message);
        Assert.Contains("waited 0.5 s", e.Message);
    }

    [Fact]
    public async Task A_writer_that_waits_gets_the_lock_as_soon_as_the_first_lets_it_go()
    {
        var first = ProjectLock.Acquire(_project.Root, "mpleaflets build", TimeSpan.Zero);
        var release = Task.Run(async () =>
        {
            await Task.Delay(300);
            first.Dispose();
        }, TestContext.Current.CancellationToken);

        using var second = ProjectLock.Acquire(_project.Root, "mpleaflets sync", TimeSpan.FromSeconds(10));

        await release;
    }

    [Fact]
    public void Taking_the_lock_removes_temporary_files_a_killed_writer_left_and_nothing_else()
    {
        var stale = _project.PathOf("translations/.fr.csv.0123456789abcdef0123456789abcdef.tmp");
        var other = _project.PathOf("translations/.notes.tmp");
        File.WriteAllText(stale, "half a file");
        File.WriteAllText(other, "someone else's");

        using (ProjectLock.Acquire(_project.Root, "mpleaflets sync", TimeSpan.Zero)) { }

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(other));
    }
}

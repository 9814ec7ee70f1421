using MpLeaflets.Storage;

namespace MpLeaflets.Tests.Storage;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_save_that_fails_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("mpleaflets-atomic-").FullName;
        try
        {
            var target = Path.Combine(folder, "fr.csv");
            File.WriteAllText(target, "old");
            // A folder with the temporary file's name cannot be replaced by a file: the rename fails.
            var blocked = Path.Combine(folder, "sub");
            Directory.CreateDirectory(blocked);

            Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(blocked, "new"));

            Assert.Equal("old", File.ReadAllText(target));
            Assert.Equal(["fr.csv", "sub"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order());
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_save_replaces_the_file_in_one_step()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "old");
            AtomicFile.WriteAllText(path, "new ✓");
            Assert.Equal("new ✓", File.ReadAllText(path));
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally { File.Delete(path); }
    }
}

public sealed class StaleTemporaryFileTests
{
    [Fact]
    public void Only_this_programs_temporary_files_that_nobody_is_writing_are_removed()
    {
        var folder = Directory.CreateTempSubdirectory("mpleaflets-stale-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "fr"));
            var stale = Path.Combine(folder, "fr", ".leaflet.pdf.0123456789abcdef0123456789abcdef.tmp");
            var inUse = Path.Combine(folder, ".manifest.json.fedcba9876543210fedcba9876543210.tmp");
            var mine = Path.Combine(folder, "keep.tmp");
            foreach (var f in new[] { stale, inUse, mine }) { File.WriteAllText(f, "x"); }

            int removed;
            using (new FileStream(inUse, FileMode.Open, FileAccess.Write, FileShare.None))
            {
                removed = AtomicFile.RemoveStale(folder, recursive: true);
            }

            Assert.Equal(1, removed);
            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(inUse));
            Assert.True(File.Exists(mine));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}

using MpLeaflets.Storage;

namespace MpLeaflets.Tests.Storage;

/// <summary>Outputs never overwrite inputs: every path a user gives to write to is checked first.</summary>
public sealed class OutputPathsTests : IDisposable
{
    private readonly TempProject _project = TempProject.With(new Dictionary<string, string>());

    public void Dispose() => _project.Dispose();

    private ContentException Refused(Func<string> attempt) => Assert.Throws<ContentException>(attempt);

    [Theory]
    [InlineData("content/languages.csv")]
    [InlineData("content/documents/leaflet.md")]
    [InlineData("translations/fr.csv")]
    [InlineData("translations/new.po")]
    [InlineData("content/../translations/x.csv")]
    public void A_file_inside_content_or_translations_is_refused(string given)
    {
        var e = Refused(() => OutputPaths.File(_project.Root, given, _project.Root, "fr.csv", ".csv"));

        Assert.Equal(given, e.File);
        Assert.Equal(0, e.Line);
        Assert.Contains("the project's own files", e.Message);
    }

    [Fact]
    public void A_symbolic_link_that_leads_into_translations_is_refused()
    {
        File.CreateSymbolicLink(_project.PathOf("link.csv"), _project.PathOf("translations/fr.csv"));
        Directory.CreateSymbolicLink(_project.PathOf("out"), _project.PathOf("translations"));

        Assert.Contains("symbolic link", Refused(() => OutputPaths.File(_project.Root, "link.csv", _project.Root, "fr.csv", ".csv")).Message);
        Assert.Contains("translations/", Refused(() => OutputPaths.File(_project.Root, "out/fr.csv", _project.Root, "fr.csv", ".csv")).Message);
        Assert.Contains("translations/", Refused(() => OutputPaths.Folder(_project.Root, "out", _project.Root)).Message);
    }

    [Fact]
    public void A_folder_given_as_a_file_and_a_file_given_as_a_folder_are_refused()
    {
        File.WriteAllText(_project.PathOf("notes.txt"), "");

        Assert.Contains("is a folder", Refused(() => OutputPaths.File(_project.Root, "/", _project.Root, "fr.csv", ".csv")).Message);
        Assert.Contains("is a folder", Refused(() => OutputPaths.File(_project.Root, "content", _project.Root, "fr.csv", ".csv")).Message);
        Assert.Contains("is a file", Refused(() => OutputPaths.Folder(_project.Root, "notes.txt", _project.Root)).Message);
    }

    [Fact]
    public void The_project_folder_itself_is_not_an_output_folder()
    {
        Assert.Contains("project folder itself", Refused(() => OutputPaths.Folder(_project.Root, ".", _project.Root)).Message);
        Assert.Contains("content/", Refused(() => OutputPaths.Folder(_project.Root, "content/documents", _project.Root)).Message);
    }

    [Fact]
    public void Ordinary_outputs_are_allowed_relative_to_the_current_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("mpleaflets-out-").FullName;
        try
        {
            Assert.Equal(Path.Combine(elsewhere, "fr.csv"), OutputPaths.File(_project.Root, "fr.csv", elsewhere, "fr.csv", ".csv"));
            Assert.Equal(_project.PathOf("output"), OutputPaths.Folder(_project.Root, "output", _project.Root));
            Assert.Equal(_project.PathOf("fr.csv"), OutputPaths.File(_project.Root, "fr.csv", _project.Root, "fr.csv", ".csv"));
        }
        finally { Directory.Delete(elsewhere, recursive: true); }
    }
}

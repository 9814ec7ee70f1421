using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Documents;

namespace MpLeaflets.Tests;

/// <summary>Every document of the repository's own content in English and all 13 languages, normal and
/// large print, and every pack, built once for the tests that read them.</summary>
public sealed class BuiltRepository : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public BuiltRepository()
    {
        Project = ContentProject.Load(_project.Root);
        Output = Path.Combine(_project.Root, "output");
        Report = PdfBuild.Run(Project, new BuildRequest(Output, [EnglishLanguage.Instance, .. Project.Languages.Languages])
        {
            PackIds = [.. Project.Packs.Select(p => p.Id)],
        });
        LargePrintReport = PdfBuild.Run(Project, new BuildRequest(Output, [EnglishLanguage.Instance, .. Project.Languages.Languages], LargePrint: true));
    }

    public BuildReport LargePrintReport { get; }

    public ContentProject Project { get; }

    public string Output { get; }

    public BuildReport Report { get; }

    public string PathOf(string language, string document) => Path.Combine(Output, language, document + ".pdf");

    public void Dispose() => _project.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltRepositoryCollection : ICollectionFixture<BuiltRepository>
{
    public const string Name = "built repository";
}

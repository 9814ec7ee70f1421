namespace MpLeaflets.Tests;

/// <summary>A throw-away copy of a project (content/ and translations/) in a temporary folder.</summary>
internal sealed class TempProject : IDisposable
{
    private TempProject(string root) => Root = root;

    public string Root { get; }

    /// <summary>A copy of the repository's own content and translations.</summary>
    public static TempProject CopyOfRepository()
    {
        var project = Empty();
        CopyFolder(System.IO.Path.Combine(TestPaths.RepoRoot, "content"), System.IO.Path.Combine(project.Root, "content"));
        CopyFolder(System.IO.Path.Combine(TestPaths.RepoRoot, "translations"), System.IO.Path.Combine(project.Root, "translations"));
        return project;
    }

    /// <summary>A small project: the given documents (file name → Markdown) and languages.</summary>
    public static TempProject With(IReadOnlyDictionary<string, string> documents, string languagesCsv = DefaultLanguages)
    {
        var project = Empty();
        Directory.CreateDirectory(System.IO.Path.Combine(project.Root, "content", "documents"));
        Directory.CreateDirectory(System.IO.Path.Combine(project.Root, "translations"));
        File.WriteAllText(System.IO.Path.Combine(project.Root, "content", "languages.csv"), languagesCsv);
        foreach (var (name, text) in documents) { project.WriteDocument(name, text); }
        return project;
    }

    public const string DefaultLanguages = """
        code,english_name,native_name,direction,script,fonts,digits
        ar,Arabic,العربية,rtl,Arab,Noto Naskh Arabic,arab
        fr,French,Français,ltr,Latn,Noto Sans,latn

        """;

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public void WriteDocument(string name, string text) => File.WriteAllText(PathOf($"content/documents/{name}"), text);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every file's bytes, to prove a failed command wrote nothing. The program's lock folder
    /// (.mpleaflets/, its state, not the project's files) is left out: a writer takes the lock first.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetRelativePath(Root, f).StartsWith(MpLeaflets.Storage.ProjectLock.FolderName, StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllBytes);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static TempProject Empty()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mpleaflets-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        return new TempProject(root);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

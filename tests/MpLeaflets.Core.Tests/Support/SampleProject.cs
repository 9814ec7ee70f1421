using MpLeaflets.Content;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Support;

/// <summary>
/// A throw-away copy of the repository's project (content/ and translations/) in a temporary
/// folder, with translations filled in every state and with the awkward text translators do write
/// (a leading '=' or '-', quotes, backslashes, line breaks), so round trips are tested on real units.
/// </summary>
internal sealed class SampleProject : IDisposable
{
    private SampleProject(string root) => Root = root;

    public string Root { get; }

    public static SampleProject Create(bool filled = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "mpleaflets-test-" + Guid.NewGuid().ToString("N"));
        var repository = RepositoryRoot();
        Copy(Path.Combine(repository, "content"), Path.Combine(root, "content"));
        Copy(Path.Combine(repository, "translations"), Path.Combine(root, "translations"));
        var project = new SampleProject(root);
        if (filled)
        {
            var loaded = project.Load();
            foreach (var language in loaded.Languages.Languages)
            {
                var file = Synchronizer.Sync(loaded.ReadTranslations(language), loaded.Documents).File;
                file.WithRows(file.Rows.Select((r, i) => Fill(r, i, language.Code)).ToList()).Write(loaded.TranslationPath(language.Code));
            }
        }
        return project;
    }

    public ContentProject Load() => ContentProject.Load(Root);

    public string TranslationPath(string code) => Path.Combine(Root, "translations", code + ".csv");

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Every file under translations/, by name, for comparing before and after.</summary>
    public Dictionary<string, byte[]> TranslationBytes() =>
        Directory.EnumerateFiles(Path.Combine(Root, "translations")).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    public void Dispose()
    {
        if (Directory.Exists(Root)) { Directory.Delete(Root, recursive: true); }
    }

    private static TranslationRow Fill(TranslationRow row, int index, string code) => (index % 8) switch
    {
        0 => row,
        1 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Translated },
        2 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Reviewed },
        3 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Outdated, PreviousSource = "Old English: " + row.Source },
        4 => row with { Translation = $"={code} {row.Source}", State = TranslationState.Translated },
        5 => row with { Translation = $"- \"{code}\" \\ {row.Source}", State = TranslationState.Translated },
        6 => row with { Translation = $"@{code}\n+{row.Source}\t", State = TranslationState.Outdated, PreviousSource = "" },
        _ => row with { Translation = $"'={code} {row.Source} ", State = TranslationState.Reviewed },
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MpLeaflets.sln"))) { return dir.FullName; }
        }
        throw new InvalidOperationException("MpLeaflets.sln not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

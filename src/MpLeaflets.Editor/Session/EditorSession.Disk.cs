using MpLeaflets.Content;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Editor.Session;

/// <summary>The session's side that deals with disk: opening a project, saving, files changed by
/// others, the English sources (sync, documents, $EDITOR) and adding a language.</summary>
public sealed partial class EditorSession
{
    /// <param name="reviewer">Who signs off reviews (--reviewer); null: git's user.name where the project is, if set.</param>
    public static EditorSession Open(ContentProject project, string? reviewer = null) =>
        new(project.Languages.Languages.Select(l => new LanguageBuffer(l, project.TranslationPath(l.Code), project.PathOf(Glossary.RelativePath(l.Code)))),
            () => ContentProject.Load(project.Root).Documents)
        {
            Documents = project.Documents,
            ProjectRoot = project.Root,
            Reviewer = string.IsNullOrWhiteSpace(reviewer) ? Git.UserName(project.Root) : reviewer.Trim(),
        };

    /// <summary>
    /// Registers a language and creates its file with every unit untranslated, as 'mpleaflets
    /// add-language' does, then opens it. Returns why not, with nothing written, on bad input.
    /// </summary>
    /// <param name="fields">The new row of languages.csv, in its column order (as the F11 form asks for them).</param>
    public string? AddLanguage(IReadOnlyList<string> fields)
    {
        if (ProjectRoot is null) { return "no project folder: use 'mpleaflets add-language'"; }
        try
        {
            using var writing = ProjectLock.Acquire(ProjectRoot, "mpleaflets edit (adding a language)", SaveWait);
            var project = ContentProject.Load(ProjectRoot);
            var (language, _) = LanguageRegistration.Add(project, fields, column => column.Replace('_', ' '));
            var buffer = new LanguageBuffer(language, project.TranslationPath(language.Code), project.PathOf(Glossary.RelativePath(language.Code)));
            _languages.Add(buffer);
            Current = buffer;
            Refilter();
            return null;
        }
        catch (ContentException e)
        {
            return e.Message;
        }
    }

    /// <summary>The English documents as loaded (for the documents overview).</summary>
    public IReadOnlyList<SegmentedDocument> Documents { get; internal set; } = [];

    /// <summary>The English source file of the current unit and the unit's line in it, for $EDITOR.</summary>
    public (string Path, int Line)? CurrentSource()
    {
        if (ProjectRoot is null || CurrentRow is not { } row) { return null; }
        var document = Documents.FirstOrDefault(d => d.Id == row.DocumentId);
        if (document is null) { return null; }
        var line = document.Units.FirstOrDefault(u => u.Id == row.Id)?.Line ?? 1;
        return (Path.Combine(ProjectRoot, document.Source.RelativePath.Replace('/', Path.DirectorySeparatorChar)), line);
    }

    /// <summary>Each document with its kind, version date, units and completeness per language.</summary>
    public string DocumentsOverview() => Session.DocumentsOverview.Describe(Documents, Languages);

    /// <summary>How long a save waits for another command writing the project (an import, a sync, a build).</summary>
    public static readonly TimeSpan SaveWait = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Saves every language with unsaved changes, holding the project's write lock so that a command
    /// writing at the same time can neither lose this save nor be lost by it; a file changed on disk
    /// is refused, not overwritten. When another command holds the lock, nothing is written and the
    /// edits stay here.
    /// </summary>
    public IReadOnlyList<SaveOutcome> Save()
    {
        var dirty = Languages.Where(l => l.IsDirty).ToList();
        if (dirty.Count == 0) { return []; }
        ProjectLock? held = null;
        try
        {
            held = ProjectRoot is null ? null : ProjectLock.Acquire(ProjectRoot, "mpleaflets edit (saving)", SaveWait);
        }
        catch (ContentException e)
        {
            return [.. dirty.Select(l => new SaveOutcome(l.Code, SaveStatus.Failed, $"not saved: {e.Problem}; your edits are still here, save again in a moment"))];
        }
        using (held)
        {
            var outcomes = dirty.Select(l => l.Save()).ToList();
            Changed?.Invoke();
            return outcomes;
        }
    }

    /// <summary>
    /// Brings every open language in line with the English as it now is on disk, as 'mpleaflets sync'
    /// does, keeping the edits made here. The files are not written: the changes are unsaved until Ctrl+S.
    /// Returns what changed, or why nothing could be done.
    /// </summary>
    public string SyncWithEnglish()
    {
        if (_loadEnglish is null) { return "there are no English sources here to sync with"; }
        IReadOnlyList<SegmentedDocument> documents;
        try
        {
            documents = _loadEnglish();
            Documents = documents;
        }
        catch (ContentException e)
        {
            return e.Message;
        }
        var changes = new List<string>();
        var results = Languages.Where(l => l.IsOpen)
            .Select(l => (Language: l, Before: new TranslationFile(l.Code, l.Rows))).Select(x => (x.Language, x.Before, Result: Synchronizer.Sync(x.Before, documents))).ToList();
        try
        {
            Rewrite.Refuse(results.Select(r => (r.Language.Code, r.Result)));
        }
        catch (ContentException e)
        {
            // A change this big is confirmed on the command line, not with one key.
            return e.Message.Replace("run 'mpleaflets sync --allow-rewrite'", "save, quit and run 'mpleaflets sync --allow-rewrite'", StringComparison.Ordinal);
        }
        foreach (var (language, before, result) in results)
        {
            if (!result.Changed(before)) { continue; }
            language.ReplaceAll(result.File.Rows);
            changes.Add($"{language.Code} {result.Added} new, {result.Outdated} outdated, {result.Obsoleted} obsolete");
        }
        Refilter(CurrentRow?.Id);
        return changes.Count == 0 ? "the translations already match the English"
            : $"synced with the English (unsaved, Ctrl+S writes): {string.Join("; ", changes)}";
    }

    /// <summary>Whether a sync with these English documents would change any open language.</summary>
    public bool BehindEnglish(IReadOnlyList<SegmentedDocument> documents) =>
        Languages.Where(l => l.IsOpen).Any(l =>
        {
            var file = new TranslationFile(l.Code, l.Rows);
            return Synchronizer.Sync(file, documents).ChangedRows(file);
        });

    /// <summary>Drops the edits made to a language and reads its file again.</summary>
    public void Reload(string code)
    {
        var language = Languages.First(l => l.Code == code);
        var keep = CurrentRow?.Id;
        language.Load();
        if (Current == language && !language.IsOpen) { Current = Languages.FirstOrDefault(l => l.IsOpen); }
        Refilter(keep);
    }

    /// <summary>
    /// Looks for translation files changed on disk (a git pull, another editor): one with no edits
    /// here is read again; one with edits is left alone (saving it will offer merge or reload).
    /// Returns a message for the status line, or null when nothing changed.
    /// </summary>
    public string? NoticeChangedFiles()
    {
        var reloaded = new List<string>();
        var conflicting = new List<string>();
        foreach (var language in Languages.Where(l => l.IsOpen && l.SeemsChangedOnDisk()))
        {
            if (language.IsDirty) { conflicting.Add(language.Code); continue; }
            var keep = Current == language ? CurrentRow?.Id : null;
            language.Load();
            reloaded.Add(language.Code);
            if (Current == language) { Refilter(keep); }
        }
        if (conflicting.Count > 0) { return $"{string.Join(", ", conflicting)} changed on disk too: Ctrl+S will offer merge or reload"; }
        return reloaded.Count > 0 ? $"read again (changed on disk): {string.Join(", ", reloaded)}" : null;
    }

    public MergeOutcome Merge(string code)
    {
        var outcome = Languages.First(l => l.Code == code).MergeWithDisk();
        Refilter(CurrentRow?.Id);
        return outcome;
    }
}

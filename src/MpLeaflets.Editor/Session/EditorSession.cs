using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Editor.Session;

/// <summary>
/// Everything the editor does, without a screen: the languages, the units of the current one as
/// filtered and searched, the current unit, edits and state changes, and saving. The views only
/// show this and call it, so all of it is tested without a terminal.
/// </summary>
public sealed class EditorSession
{
    private List<int> _visible = [];
    private readonly Func<IReadOnlyList<SegmentedDocument>>? _loadEnglish;
    private readonly List<LanguageBuffer> _languages;
    private string? _suggestionKey;
    private Suggestion? _suggestion;

    /// <param name="loadEnglish">Reads and segments the English sources again (for a sync); null where there are none.</param>
    public EditorSession(IEnumerable<LanguageBuffer> languages, Func<IReadOnlyList<SegmentedDocument>>? loadEnglish = null)
    {
        _languages = [.. languages];
        _loadEnglish = loadEnglish;
        Current = Languages.FirstOrDefault(l => l.IsOpen);
        Refilter();
    }

    public static EditorSession Open(ContentProject project) =>
        new(project.Languages.Languages.Select(l => new LanguageBuffer(l, project.TranslationPath(l.Code), project.PathOf(Glossary.RelativePath(l.Code)))),
            () => ContentProject.Load(project.Root).Documents)
        {
            Documents = project.Documents,
            ProjectRoot = project.Root,
        };

    /// <summary>
    /// Registers a language and creates its file with every unit untranslated, as 'mpleaflets
    /// add-language' does, then opens it. Returns why not, with nothing written, on bad input.
    /// </summary>
    public string? AddLanguage(Language language)
    {
        if (ProjectRoot is null) { return "no project folder: use 'mpleaflets add-language'"; }
        try
        {
            var project = ContentProject.Load(ProjectRoot);
            LanguageRegistration.Add(project, language);
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

    public IReadOnlyList<LanguageBuffer> Languages => _languages;

    /// <summary>The project folder, for adding a language; null in a session made of files alone.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>The open language, or null when no file could be read.</summary>
    public LanguageBuffer? Current { get; private set; }

    public StateFilter StateFilter { get; private set; } = StateFilter.All;

    /// <summary>Only units of this document (the id's part before the dot), or null for all.</summary>
    public string? DocumentFilter { get; private set; }

    /// <summary>Case-insensitive text looked for in the English and the translation.</summary>
    public string Search { get; private set; } = "";

    /// <summary>Indexes into <see cref="LanguageBuffer.Rows"/> of the units the table lists.</summary>
    public IReadOnlyList<int> Visible => _visible;

    /// <summary>Position of the current unit in <see cref="Visible"/>; -1 when the list is empty.</summary>
    public int Position { get; private set; } = -1;

    public TranslationRow? CurrentRow => Position >= 0 && Current is not null ? Current.Rows[_visible[Position]] : null;

    public IReadOnlyList<string> DocumentIds => Current is null ? [] : [.. Current.Rows.Select(r => r.DocumentId).Distinct()];

    public bool HasUnsavedChanges => Languages.Any(l => l.IsDirty);

    public string StatusLine => Current is null ? "no language open"
        : $"{Current.Code}: {Current.Progress} · {(Current.IsDirty ? "UNSAVED" : "saved")}";

    /// <summary>Raised after anything the screen shows changed.</summary>
    public event Action? Changed;

    /// <summary>Opens a language; a language whose file cannot be read stays closed and its message is returned.</summary>
    public string? SelectLanguage(string code)
    {
        var language = Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
        if (language is null) { return $"unknown language '{code}'; known: {string.Join(", ", Languages.Select(l => l.Code))}"; }
        if (!language.IsOpen) { return language.Error; }
        var keep = CurrentRow?.Id;
        Current = language;
        Refilter(keep);
        return null;
    }

    public void SetStateFilter(StateFilter filter)
    {
        StateFilter = filter;
        Refilter(CurrentRow?.Id);
    }

    public void SetDocumentFilter(string? documentId)
    {
        DocumentFilter = string.IsNullOrEmpty(documentId) ? null : documentId;
        Refilter(CurrentRow?.Id);
    }

    public void SetSearch(string text)
    {
        Search = text.Trim();
        Refilter(CurrentRow?.Id);
    }

    public void MoveTo(int position)
    {
        if (_visible.Count == 0) { return; }
        Position = Math.Clamp(position, 0, _visible.Count - 1);
        Changed?.Invoke();
    }

    /// <summary>
    /// Moves to the next (or previous) listed unit in <paramref name="state"/>, wrapping around.
    /// Returns false, and stays, when there is none.
    /// </summary>
    public bool Jump(TranslationState state, bool forward) => JumpWhere(row => row.State == state, forward);

    private bool JumpWhere(Func<TranslationRow, bool> wanted, bool forward)
    {
        if (Current is null || _visible.Count == 0) { return false; }
        for (var step = 1; step <= _visible.Count; step++)
        {
            var p = ((Position + (forward ? step : -step)) % _visible.Count + _visible.Count) % _visible.Count;
            if (wanted(Current.Rows[_visible[p]]))
            {
                MoveTo(p);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sets the current unit's translation. An untranslated unit becomes translated once it has text,
    /// a unit emptied becomes untranslated, and a reviewed unit that changes needs review again.
    /// An outdated unit stays outdated until marked translated (or kept).
    /// </summary>
    public string? SetTranslation(string text)
    {
        var row = CurrentRow;
        if (row is null || Current is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone); it cannot be edited"; }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text == row.Translation) { return null; }
        var empty = text.Trim().Length == 0;
        var state = row.State switch
        {
            TranslationState.Outdated => TranslationState.Outdated,
            _ when empty => TranslationState.Untranslated,
            TranslationState.Untranslated or TranslationState.Reviewed => TranslationState.Translated,
            var s => s,
        };
        Update(row with { Translation = text, State = state });
        return null;
    }

    /// <summary>Marks the current unit translated; for an outdated unit this confirms the translation fits the new English.</summary>
    public string? MarkTranslated() => SetState(TranslationState.Translated);

    /// <summary>Marks the current unit checked by a native-speaking reviewer.</summary>
    public string? MarkReviewed() => SetState(TranslationState.Reviewed);

    /// <summary>"The English change was trivial — keep the translation": outdated becomes translated again.</summary>
    public string? KeepTrivialChange()
    {
        if (CurrentRow is { State: not TranslationState.Outdated }) { return "only an outdated unit can be kept as it is"; }
        return SetState(TranslationState.Translated);
    }

    /// <summary>The glossary terms found in the current unit's English, with their agreed translation.</summary>
    public IReadOnlyList<GlossaryTerm> CurrentTerms =>
        CurrentRow is { } row && Current is not null ? Current.Glossary.FoundIn(row.Source) : [];

    /// <summary>The best translation-memory match for the current unit, if any.</summary>
    public Suggestion? CurrentSuggestion
    {
        get
        {
            if (CurrentRow is not { State: not TranslationState.Obsolete } row || Current is null) { return null; }
            // Looked up once per unit shown, not on every keystroke (the unit's own text is not part of it).
            var key = $"{Current.Code}/{row.Id}";
            if (_suggestionKey != key) { (_suggestionKey, _suggestion) = (key, TranslationMemory.Best(row, Current.Rows)); }
            return _suggestion;
        }
    }

    /// <summary>Puts the suggestion into an empty translation; a translation already typed is never replaced.</summary>
    public string? TakeSuggestion()
    {
        if (CurrentSuggestion is not { } suggestion) { return "no suggestion for this unit"; }
        if (CurrentRow!.Translation.Trim().Length > 0) { return "the translation is not empty: clear it first to take the suggestion"; }
        return SetTranslation(suggestion.Translation);
    }

    /// <summary>Moves to the next (or previous) listed unit whose checks find an error, wrapping around.</summary>
    public bool JumpToError(bool forward) =>
        JumpWhere(row => TranslationChecker.Check(row, Current!.Language).Any(f => f.Severity == Severity.Error), forward);

    public IReadOnlyList<Finding> CurrentFindings =>
        CurrentRow is { } row && Current is not null ? TranslationChecker.Check(row, Current.Language) : [];

    /// <summary>Saves every language with unsaved changes; a file changed on disk is refused, not overwritten.</summary>
    public IReadOnlyList<SaveOutcome> Save()
    {
        var outcomes = Languages.Where(l => l.IsDirty).Select(l => l.Save()).ToList();
        Changed?.Invoke();
        return outcomes;
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
        foreach (var language in Languages.Where(l => l.IsOpen))
        {
            var before = new TranslationFile(language.Code, language.Rows);
            var result = Synchronizer.Sync(before, documents);
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
            return Synchronizer.Sync(file, documents).Changed(file);
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

    private string? SetState(TranslationState state)
    {
        var row = CurrentRow;
        if (row is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone)"; }
        if (row.Translation.Trim().Length == 0) { return "write the translation first"; }
        // The English the translation was made from is only kept while the unit is outdated.
        Update(row with { State = state, PreviousSource = "" });
        return null;
    }

    private void Update(TranslationRow row)
    {
        Current!.Replace(_visible[Position], row);
        Changed?.Invoke();
    }

    private void Refilter(string? keepId = null)
    {
        _suggestionKey = null;
        _visible = [];
        if (Current is not null)
        {
            for (var i = 0; i < Current.Rows.Count; i++)
            {
                var row = Current.Rows[i];
                if (StateFilter.Matches(row.State)
                    && (DocumentFilter is null || row.DocumentId == DocumentFilter)
                    && (Search.Length == 0 || row.Source.Contains(Search, StringComparison.OrdinalIgnoreCase)
                        || row.Translation.Contains(Search, StringComparison.OrdinalIgnoreCase)))
                {
                    _visible.Add(i);
                }
            }
        }
        var kept = keepId is null ? -1 : _visible.FindIndex(i => Current!.Rows[i].Id == keepId);
        Position = kept >= 0 ? kept : _visible.Count > 0 ? 0 : -1;
        Changed?.Invoke();
    }
}

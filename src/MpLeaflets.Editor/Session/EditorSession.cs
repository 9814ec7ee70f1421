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
public sealed partial class EditorSession
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
        : $"{Current.Code}: {Current.Progress} · {StatusTail}";

    /// <summary>
    /// The status line in at most <paramref name="width"/> columns: where the counts in words do not
    /// fit (a long language code, a conflict, review mode), they shorten to the percentage done; the
    /// errors, the review position and saved/UNSAVED always stay.
    /// </summary>
    public string StatusLineWithin(int width)
    {
        var full = StatusLine;
        return Current is null || full.Length <= width ? full : $"{Current.Code}: {Current.Progress.Brief} · {StatusTail}";
    }

    private string StatusTail =>
        $"{Errors(Current!.ErrorCount)} · {(ReviewPosition is { } review ? review + " · " : "")}{(Current.IsDirty ? "UNSAVED" : "saved")}";

    private static string Errors(int count) => count == 1 ? "1 error" : $"{count} errors";

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
        EndUndoStep();
        Changed?.Invoke();
    }

    /// <summary>
    /// Moves to the next (or previous) listed unit in <paramref name="state"/>, wrapping around.
    /// Returns false, and stays, when there is none.
    /// </summary>
    public bool Jump(TranslationState state, bool forward) => JumpWhere(index => Current!.Rows[index].State == state, forward);

    /// <param name="wanted">Asked with an index into <see cref="LanguageBuffer.Rows"/>.</param>
    private bool JumpWhere(Func<int, bool> wanted, bool forward)
    {
        if (Current is null || _visible.Count == 0) { return false; }
        for (var step = 1; step <= _visible.Count; step++)
        {
            var p = ((Position + (forward ? step : -step)) % _visible.Count + _visible.Count) % _visible.Count;
            if (wanted(_visible[p]))
            {
                MoveTo(p);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sets the current unit's translation. A unit with text becomes translated, unless a check finds
    /// an error in it: then it is not done (untranslated) until the error is fixed. A unit emptied
    /// becomes untranslated (an outdated one too, as it then holds nothing to check), and a reviewed
    /// unit that changes needs review again. An outdated unit stays outdated until marked translated (or kept).
    /// </summary>
    public string? SetTranslation(string text)
    {
        var row = CurrentRow;
        if (row is null || Current is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone); it cannot be edited"; }
        if (row.InConflict) { return InConflictRefusal; }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text == row.Translation) { return null; }
        // A sign-off is for the text it was given for.
        var edited = row with { Translation = text, Review = null };
        if (text.Trim().Length == 0)
        {
            Update(edited with { State = TranslationState.Untranslated, PreviousSource = "" }, UndoKind.Typing);
            return null;
        }
        if (row.State == TranslationState.Outdated)
        {
            Update(edited, UndoKind.Typing);
            return null;
        }
        var blocked = FirstError(edited with { State = TranslationState.Translated });
        Update(edited with { State = blocked is null ? TranslationState.Translated : TranslationState.Untranslated }, UndoKind.Typing);
        return blocked is null ? null : $"not done: ERROR {blocked.Check}";
    }

    /// <summary>Marks the current unit translated; for an outdated unit this confirms the translation fits the new English.</summary>
    public string? MarkTranslated() => SetState(TranslationState.Translated);

    /// <summary>"The English change was trivial — keep the translation": outdated becomes translated again.</summary>
    public string? KeepTrivialChange()
    {
        if (CurrentRow is { State: not TranslationState.Outdated }) { return "only an outdated unit can be kept as it is"; }
        return SetState(TranslationState.Translated);
    }

    /// <summary>The glossary terms found in the current unit's English, with their agreed translation.</summary>
    public IReadOnlyList<GlossaryTerm> CurrentTerms =>
        CurrentRow is { } row && Current is not null ? Current.Glossary.FoundIn(row.Source) : [];

    /// <summary>Moves to the next (or previous) listed unit whose checks find an error, wrapping around.</summary>
    public bool JumpToError(bool forward) => JumpWhere(index => Current!.HasError(index), forward);

    public IReadOnlyList<Finding> CurrentFindings =>
        CurrentRow is { } row && Current is not null ? TranslationChecker.Check(row, Current.Language) : [];

    /// <param name="review">The sign-off of a unit marked reviewed; any other state has none.</param>
    private string? SetState(TranslationState state, SignOff? review = null)
    {
        var row = CurrentRow;
        if (row is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone)"; }
        if (row.InConflict) { return InConflictRefusal; }
        if (row.Translation.Trim().Length == 0) { return "write the translation first"; }
        // Done means printable: a translation the checks refuse is never marked done.
        if (FirstError(row with { State = state, Review = review }) is { } error) { return $"not marked {state.ToCsv()}: ERROR {error.Check}; fix it first"; }
        // The English the translation was made from is only kept while the unit is outdated.
        Update(row with { State = state, PreviousSource = "", Review = review }, UndoKind.State);
        ForgetMemory(row.Id);
        return null;
    }

    private Finding? FirstError(TranslationRow row) =>
        TranslationChecker.Check(row, Current!.Language).FirstOrDefault(f => f.Severity == Severity.Error);

    /// <summary>The search finds a unit by its English, its translation or its id.</summary>
    private bool Matches(TranslationRow row) =>
        row.Source.Contains(Search, StringComparison.OrdinalIgnoreCase) || row.Translation.Contains(Search, StringComparison.OrdinalIgnoreCase)
        || row.Id.Contains(Search, StringComparison.OrdinalIgnoreCase);

    private void Update(TranslationRow row, UndoKind kind)
    {
        Remember(_visible[Position], kind, row);
        Current!.Replace(_visible[Position], row);
        Changed?.Invoke();
    }

    private void Refilter(string? keepId = null)
    {
        _suggestionKey = null;
        _visible = [];
        if (Current is not null && ReviewMode)
        {
            _visible = ReviewList();
        }
        else if (Current is not null)
        {
            for (var i = 0; i < Current.Rows.Count; i++)
            {
                var row = Current.Rows[i];
                // A unit in conflict is to do whatever the state of our version: one must be chosen.
                if ((StateFilter == StateFilter.Errors ? row.IsActive && Current.HasError(i)
                        : StateFilter.Matches(row.State) || (StateFilter == StateFilter.NotDone && row is { InConflict: true, IsActive: true }))
                    && (DocumentFilter is null || row.DocumentId == DocumentFilter)
                    && (Search.Length == 0 || Matches(row)))
                {
                    _visible.Add(i);
                }
            }
            // A unit's id (as 'mpleaflets check' prints it) finds that unit whatever the filters.
            var exact = Search.Length == 0 ? -1 : Current.IndexOf(Search);
            if (exact >= 0 && !_visible.Contains(exact)) { _visible = [exact]; }
            if (exact >= 0) { keepId = Current.Rows[exact].Id; }
        }
        EndUndoStep();
        var kept = keepId is null ? -1 : _visible.FindIndex(i => Current!.Rows[i].Id == keepId);
        Position = kept >= 0 ? kept : _visible.Count > 0 ? 0 : -1;
        Changed?.Invoke();
    }
}

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
        : $"{Current.Code}: {Current.Progress} · {(ReviewPosition is { } review ? review + " · " : "")}{(Current.IsDirty ? "UNSAVED" : "saved")}";

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
        if (row.InConflict) { return "a merge left two versions of this unit: choose one first (Ctrl+W)"; }
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
        // A sign-off is for the text it was given for.
        Update(row with { Translation = text, State = state, Review = null });
        return null;
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

    /// <param name="review">The sign-off of a unit marked reviewed; any other state has none.</param>
    private string? SetState(TranslationState state, SignOff? review = null)
    {
        var row = CurrentRow;
        if (row is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone)"; }
        if (row.InConflict) { return "a merge left two versions of this unit: choose one first (Ctrl+W)"; }
        if (row.Translation.Trim().Length == 0) { return "write the translation first"; }
        // The English the translation was made from is only kept while the unit is outdated.
        Update(row with { State = state, PreviousSource = "", Review = review });
        return null;
    }

    private bool Matches(TranslationRow row) =>
        row.Source.Contains(Search, StringComparison.OrdinalIgnoreCase) || row.Translation.Contains(Search, StringComparison.OrdinalIgnoreCase);

    private void Update(TranslationRow row)
    {
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
                if (StateFilter.Matches(row.State) && (DocumentFilter is null || row.DocumentId == DocumentFilter) && (Search.Length == 0 || Matches(row)))
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

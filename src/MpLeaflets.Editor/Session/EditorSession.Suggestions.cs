using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>
/// Text that comes from elsewhere — a translation-memory match, the English copied in — goes in
/// as <c>outdated</c>, the state gettext calls fuzzy: not done, not printed, counted as outdated,
/// until someone checks it and presses F2. Its <c>previous_source</c> is the English it was made
/// from (the memory's English), so the unit pane shows the word diff against this unit's English,
/// and a PO export marks it fuzzy with that English as <c>#| msgid</c>.
/// </summary>
public sealed partial class EditorSession
{
    private readonly Dictionary<string, string> _cameFrom = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Puts the memory match into an empty translation, outdated (for checking), never done by itself.
    /// A translation already typed is never replaced.
    /// </summary>
    public string? TakeSuggestion()
    {
        if (CurrentSuggestion is not { } suggestion) { return "no memory match for this unit"; }
        var row = CurrentRow!;
        if (row.InConflict) { return InConflictRefusal; }
        if (row.Translation.Trim().Length > 0) { return "the translation is not empty: clear it first to take the match"; }
        // The same English: nothing to diff, and sync would take previous_source = source as "done again".
        var madeFrom = suggestion.Source == row.Source ? "" : suggestion.Source;
        Update(row with { Translation = suggestion.Translation, State = TranslationState.Outdated, PreviousSource = madeFrom }, UndoKind.Replace);
        _cameFrom[Key(row.Id)] = $"memory ({suggestion.Percent}%, {suggestion.Id})";
        return null;
    }

    /// <summary>
    /// Copies the English into the translation, to translate over it (keeping its links, numbers and
    /// markup). Outdated until F2, so the English is never counted or printed as a translation. Ctrl+Z undoes it.
    /// </summary>
    public string? CopyEnglish()
    {
        var row = CurrentRow;
        if (row is null || Current is null) { return "no unit selected"; }
        if (row.State == TranslationState.Obsolete) { return "this unit is obsolete (its English is gone); it cannot be edited"; }
        if (row.InConflict) { return InConflictRefusal; }
        if (row.Translation == row.Source) { return "the translation is already the English"; }
        Update(row with { Translation = row.Source, State = TranslationState.Outdated, PreviousSource = "" }, UndoKind.Replace);
        _cameFrom[Key(row.Id)] = "the English";
        return null;
    }

    /// <summary>Where the current outdated unit's text came from in this session ("memory (78%, leaflet.x)"), or null.</summary>
    public string? CameFrom(string id) => Current is not null && _cameFrom.TryGetValue(Key(id), out var from) ? from : null;

    public bool FromMemory(string id) => CameFrom(id)?.StartsWith("memory", StringComparison.Ordinal) == true;

    private void ForgetMemory(string id) => _cameFrom.Remove(Key(id));

    private string Key(string id) => $"{Current?.Code}/{id}";
}

using System.Collections.ObjectModel;
using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// The editor's screen: languages (left), units table (right), the current unit (below), and a
/// status line. It only shows the <see cref="EditorSession"/> and calls it; the keys are in <see cref="KeyMap"/>.
/// </summary>
public sealed partial class EditorWindow : Window
{
    private const int LanguagesWidth = 25;

    /// <summary>No colours of our own when NO_COLOR is set (or TERM=dumb).</summary>
    private static readonly bool NoColour = TerminalColors.Forbidden;

    private readonly EditorSession _session;
    private readonly IPrompter _prompter;
    private readonly ListView _languages = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly FrameView _languagesFrame;
    private readonly FrameView _unitsFrame;
    private readonly TextField _search = new() { X = 8, Y = 0, Width = Dim.Fill() };
    private readonly UnitList _units;
    private readonly EditPane _edit;
    private readonly Label _status = new() { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
    private ObservableCollection<string>? _languageItems;
    private string? _message;
    private bool _updatingLanguages;
    private bool _updatingUnits;

    public EditorWindow(EditorSession session, IPrompter prompter)
    {
        _session = session;
        _prompter = prompter;
        Title = "mpleaflets edit";
        BorderStyle = LineStyle.None;
        Width = Dim.Fill();
        Height = Dim.Fill();

        _languagesFrame = new FrameView
        {
            Title = "Languages", X = 0, Y = 0, Width = LanguagesWidth, Height = Dim.Fill(EditPane.PaneHeight + 1),
            TabStop = TabBehavior.TabStop,
        };
        _languagesFrame.Add(_languages);
        _units = new UnitList(new UnitsTableSource(session))
        {
            X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), CellColour = StateColour,
        };
        _unitsFrame = new FrameView
        {
            X = LanguagesWidth, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(EditPane.PaneHeight + 1),
            TabStop = TabBehavior.TabStop,
        };
        _unitsFrame.Add(new Label { Text = "Search", X = 0, Y = 0 }, _search, _units);
        _edit = new EditPane(session) { X = 0, Y = Pos.AnchorEnd(EditPane.PaneHeight + 1), Width = Dim.Fill(), Height = EditPane.PaneHeight };
        Add(_languagesFrame, _unitsFrame, _edit, _status);

        _languages.ValueChanged += (_, _) => OnLanguageChosen();
        _units.SelectionChanged += OnUnitChosen;
        _search.TextChanged += (_, _) => _session.SetSearch(_search.Text);
        _edit.Message += m => Say(m);
        _session.Changed += () => Refresh(reloadText: false);
        RefreshAll();
    }

    public EditorSession Session => _session;

    /// <summary>Set when the user chose to leave; the host stops the application.</summary>
    public bool QuitRequested { get; private set; }

    internal EditPane Edit => _edit;

    internal UnitList Units => _units;

    internal TextField Search => _search;

    internal ListView LanguageList => _languages;

    public string StatusText => _status.Text;

    /// <summary>Dispatches the editor's keys before the focused view sees them (so they work in the text box).</summary>
    public bool HandleKey(Key key)
    {
        // A message lasts until the next key, so the counts come back (a long message takes their place).
        if (_message is not null && !key.IsModifierOnly) { _message = null; Refresh(reloadText: false); }
        if (key == Key.Enter && _search.HasFocus) { FocusUnits(); return true; }
        var binding = KeyMap.All.FirstOrDefault(b => b.Key == key);
        if (binding is null) { return false; }
        binding.Run(this);
        return true;
    }

    /// <summary>The keys, wrapped to the help box (the terminal's width less the box's frame and scroll column).</summary>
    public void ShowHelp() => _prompter.Tell("Keys", KeyMap.HelpText(Math.Max(40, (App?.Driver?.Cols ?? 80) * 96 / 100 - 6)));

    public void Undo() => AfterUndo(_session.Undo());

    public void Redo() => AfterUndo(_session.Redo());

    /// <summary>An undo may go back to another language: the languages pane follows.</summary>
    private void AfterUndo(string message)
    {
        _message = message;
        RefreshAll();
    }

    public void CopyEnglish() => Say(_session.CopyEnglish() ?? "English copied in, OUTDATED: translate it, then F2 (Ctrl+Z undoes)");

    public void Save()
    {
        foreach (var outcome in _session.Save())
        {
            if (outcome.Status == SaveStatus.ChangedOnDisk) { ResolveChangedOnDisk(outcome); }
            else if (outcome.Status == SaveStatus.Failed) { _prompter.Tell("Not saved", outcome.Message); }
        }
        Say(_session.HasUnsavedChanges ? "some changes are NOT saved" : "saved");
        RefreshAll();
    }

    public void Move(int delta) { _session.MoveTo(_session.Position + delta); Refresh(reloadText: true); }

    public void Jump(TranslationState state, bool forward)
    {
        var found = _session.Jump(state, forward);
        Say(found ? null : $"no {state.ToCsv()} unit in this list");
        Refresh(reloadText: true);
    }

    public void JumpToError(bool forward)
    {
        var found = _session.JumpToError(forward);
        Say(found ? null : "no unit with a check error in this list");
        Refresh(reloadText: true);
    }

    public void TakeSuggestion() => Say(_session.TakeSuggestion() ?? "memory match in, OUTDATED: check it, then F2");

    public void MarkTranslated() => Say(_session.MarkTranslated() ?? "marked translated");

    /// <summary>F3. A message takes the whole status line at 80 columns: in review mode it carries the position too.</summary>
    public void MarkReviewed() =>
        Say(_session.MarkReviewed() ?? $"marked reviewed by {_session.Reviewer}{(_session.ReviewPosition is { } at ? " · now " + at : "")}");

    public void ToggleReviewMode()
    {
        _session.SetReviewMode(!_session.ReviewMode);
        Say(_session.ReviewPosition is { } at ? $"{at}, in the review sheet's order: F3 signs off and moves on" : "review mode off");
        RefreshAll();
    }

    /// <summary>Offers the two versions of a unit a merge left in conflict, and keeps the one chosen.</summary>
    public void ChooseVersion()
    {
        if (_session.CurrentConflict is not var (ours, theirs))
        {
            Say("this unit is not in conflict (F12: next unit with an error, conflicts included)");
            return;
        }
        var answer = _prompter.Ask("Two versions of " + ours.Id,
            $"Mine (this branch), {Describe(ours)}:\n{ours.Translation}\n\nTheirs (the branch merged in), {Describe(theirs)}:\n{theirs.Translation}",
            "_Mine", "_Theirs", "_Cancel");
        if (answer is 0 or 1)
        {
            Say(_session.ChooseVersion(answer == 0 ? ConflictRows.Side.Ours : ConflictRows.Side.Theirs) ?? $"kept {(answer == 0 ? "mine" : "theirs")} (unsaved: Ctrl+S)");
            RefreshAll();
        }
    }

    private static string Describe(TranslationRow row) =>
        UnitsTableSource.Signed(row) + (row.PreviousSource.Length > 0 ? $", made from \"{row.PreviousSource}\"" : "");

    public void KeepTrivialChange() => Say(_session.KeepTrivialChange() ?? "kept: the translation stands");

    public void CycleStateFilter(bool forward = true)
    {
        _session.SetStateFilter(forward ? _session.StateFilter.Next() : _session.StateFilter.Previous());
        RefreshAll();
    }

    /// <summary>Each document in turn, then all (backwards with Shift+F9).</summary>
    public void CycleDocumentFilter(bool forward = true)
    {
        var documents = _session.DocumentIds;
        var index = _session.DocumentFilter is null ? documents.Count : documents.ToList().IndexOf(_session.DocumentFilter);
        // Positions 0..n-1 are the documents, n is "all documents".
        var next = ((forward ? index + 1 : index - 1) % (documents.Count + 1) + documents.Count + 1) % (documents.Count + 1);
        _session.SetDocumentFilter(next < documents.Count ? documents[next] : null);
        RefreshAll();
    }

    public void FocusSearch() => _search.SetFocus();

    public void FocusLanguages() => _languages.SetFocus();

    public void FocusUnits() => _units.SetFocus();

    public void FocusTranslation() => _edit.Translation.SetFocus();

    public void ToggleRtlPreview()
    {
        _edit.RtlPreviewOn = !_edit.RtlPreviewOn;
        Say($"right-to-left preview {(_edit.RtlPreviewOn ? "on" : "off")}");
        Refresh(reloadText: false);
    }

    /// <summary>Leaves, unless there are unsaved changes and the user cancels (or a save fails).</summary>
    public void Quit()
    {
        if (_session.HasUnsavedChanges)
        {
            var dirty = string.Join(", ", _session.Languages.Where(l => l.IsDirty).Select(l => l.Code));
            var answer = _prompter.Ask("Unsaved changes", $"There are unsaved changes ({dirty}).", "_Save", "_Discard", "_Cancel");
            switch (answer)
            {
                case 0:
                    Save();
                    if (_session.HasUnsavedChanges) { return; }
                    break;
                case 1:
                    break;
                default:
                    Say("quit cancelled");
                    return;
            }
        }
        QuitRequested = true;
        App?.RequestStop(this);
    }

    /// <summary>MISSING, DRAFT and CONFLICT in red and OUTDATED in yellow, keeping the row's background (selection shows);
    /// with NO_COLOR the words alone say it.</summary>
    private static Color? StateColour(int column, string text)
    {
        if (NoColour || column != 1) { return null; }
        return text switch
        {
            "MISSING" or "DRAFT" => Color.BrightRed,
            "OUTDATED" => Color.BrightYellow,
            "CONFLICT" => Color.BrightRed,
            _ => null,
        };
    }

    private void Say(string? message)
    {
        _message = message;
        Refresh(reloadText: false);
    }

    private void OnLanguageChosen()
    {
        if (_updatingLanguages || _languages.Value is not { } index) { return; }
        var error = _session.SelectLanguage(_session.Languages[index].Code);
        if (error is not null) { _message = error; _prompter.Tell("Cannot open " + _session.Languages[index].Code, error); }
        else if (_session.Current?.GlossaryError is { } glossary) { _message = "glossary not used: " + glossary; }
        RefreshAll();
    }

    private void OnUnitChosen(int row)
    {
        if (_updatingUnits || row == _session.Position) { return; }
        _session.MoveTo(row);
        Refresh(reloadText: true);
    }

    private void RefreshAll()
    {
        _updatingLanguages = true;
        _languageItems = new ObservableCollection<string>(_session.Languages.Select(l => l.Summary));
        _languages.SetSource(_languageItems);
        var current = _session.Current is null ? -1 : _session.Languages.ToList().IndexOf(_session.Current);
        if (current >= 0) { _languages.Value = current; }
        _updatingLanguages = false;
        Refresh(reloadText: true);
    }

    private void Refresh(bool reloadText)
    {
        var count = _session.Visible.Count;
        var at = _session.Position >= 0 ? $"{_session.Position + 1}/{count}" : $"{count}";
        // In review mode the position is the status line's "review 12 of 137", as the sheet numbers it.
        _unitsFrame.Title = _session.ReviewMode
            ? $"Review: {count} units in the sheet's order{(_session.DocumentFilter is { } document ? " · " + document : "")}"
            : $"Units {at} · {_session.StateFilter.Label()} · {_session.DocumentFilter ?? "all documents"}";
        // After a search, a filter or a jump the table always shows the current unit.
        _updatingUnits = true;
        _units.Select(Math.Max(_session.Position, 0));
        _updatingUnits = false;
        _edit.Show(reloadText);
        var width = Viewport.Width > 0 ? Viewport.Width : 80;
        _status.Text = StatusLine.Fit(_session.StatusLineWithin(width), _message, width);
        // The current language's line in the pane follows the counts as they change.
        if (_session.Current is { } language && _languageItems is not null)
        {
            var index = _session.Languages.ToList().IndexOf(language);
            if (index < _languageItems.Count && _languageItems[index] != language.Summary)
            {
                _updatingLanguages = true;
                _languageItems[index] = language.Summary;
                _updatingLanguages = false;
            }
        }
    }
}

using MpLeaflets.Checks;
using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Text;
using MpLeaflets.Translations;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// The current unit: its title (id, state, who signed it off and when, word counts), its English
/// (read-only), for a unit a merge left in conflict the other version (theirs), for an outdated unit
/// the word diff of the English the translation was made from against the new (otherwise the
/// translation-memory match, with the diff of its English), the note for translators, the translation being edited, the right-to-left
/// preview, and the findings of the checks, refreshed as you type. The rows are shared out by what
/// each field needs (<see cref="PaneLayout"/>); a field cut short scrolls and shows ▼.
/// </summary>
internal sealed class EditPane : FrameView
{
    public const int PaneHeight = 12;
    private const int CaptionWidth = 9;

    private readonly EditorSession _session;
    private readonly TextPane _english = Field();
    private readonly TextPane _diff = Field();
    private readonly TextPane _note = Field();
    private readonly TextPane _preview = Field();
    private readonly TextPane _checks = Field();
    private readonly Label _englishCaption = Caption("English");
    private readonly Label _diffCaption = Caption("");
    private readonly Label _noteCaption = Caption("Note");
    private readonly Label _translationCaption = Caption("Transl.");
    private readonly Label _previewCaption = Caption("RTL");
    private readonly Label _checksCaption = Caption("Checks");
    private readonly Dictionary<View, (int Y, int Height)> _arranged = [];
    private bool _showing;
    private string? _shownUnit;
    private int _laidOutWidth;

    public EditPane(EditorSession session)
    {
        _session = session;
        Title = "Unit";
        TabStop = TabBehavior.TabStop;
        Translation = new TranslationBox { X = CaptionWidth, Width = Dim.Fill() };
        Add(_englishCaption, _english, _diffCaption, _diff, _noteCaption, _note,
            _translationCaption, Translation, _previewCaption, _preview, _checksCaption, _checks);
        // The rows each field needs depend on the width, known only once laid out (and changing with the terminal).
        ViewportChanged += (_, _) =>
        {
            if (_laidOutWidth != Viewport.Width) { _laidOutWidth = Viewport.Width; Show(reloadText: false); }
        };
        Translation.Edited += text =>
        {
            if (_showing) { return; }
            var refused = _session.SetTranslation(text);
            Message?.Invoke(refused);
        };
    }

    public TranslationBox Translation { get; }

    public bool RtlPreviewOn { get; set; } = true;

    /// <summary>Raised with a message for the status line (null: nothing to say).</summary>
    public event Action<string?>? Message;

    public string PreviewText => _preview.Content;

    public string ChecksText => _checks.Content;

    public string DiffText => _diff.Content;

    internal TextPane English => _english;

    internal TextPane Checks => _checks;

    internal TextPane Preview => _preview;

    /// <summary>Shows the session's current unit; <paramref name="reloadText"/> is false while the user types.</summary>
    public void Show(bool reloadText)
    {
        var row = _session.CurrentRow;
        var language = _session.Current?.Language;
        Title = row is null ? "Unit" : TitleOf(row, Math.Max(Frame.Width - 4, 20));
        _english.Content = row?.Source ?? "(no unit: change the filter or the search)";
        ShowDiffOrMemory(row);
        var terms = _session.CurrentTerms;
        var glossary = terms.Count == 0 ? "" : "Terms: " + string.Join("; ", terms.Select(t => $"{t.English} = {t.Translation}"));
        _note.Content = string.Join("\n", new[] { glossary, row?.Note ?? "" }.Where(t => t.Length > 0));
        // The box is reloaded when another unit is shown or the text changed other than by typing
        // (undo, reload, merge): a keystroke must never land in the text of a unit no longer current.
        var shown = row is null ? null : $"{_session.Current?.Code}/{row.Id}";
        if (reloadText || shown != _shownUnit || (row?.Translation ?? "") != Translation.Value)
        {
            _showing = true;
            Translation.Load(row?.Translation ?? "", shown == _shownUnit ? _session.LastEditCaret : null);
            // A unit in conflict is not typed into until one version is chosen (Ctrl+W).
            Translation.ReadOnly = row is null or { State: TranslationState.Obsolete } or { InConflict: true };
            _shownUnit = shown;
            _showing = false;
        }
        var rtl = language?.IsRightToLeft == true && RtlPreviewOn && row is not null;
        _preview.ShowLines(rtl ? RtlPreview.Lines(row!.Translation, language!.Code, rightToLeft: true, TextPane.WrapWidth(FieldWidth)) : []);
        _checks.Content = Describe(_session.CurrentFindings);
        Arrange(rtl);
    }

    /// <summary>
    /// The pane's title: <c>leaflet.help · reviewed by Amina Hassan, 2026-03-02 · 4 words, translation 5</c>;
    /// the word counts go first when the title would not fit the frame.
    /// </summary>
    internal static string TitleOf(TranslationRow row, int width)
    {
        var title = $"{row.Id} · {UnitsTableSource.Short(row)}{(row.Review is { } review ? $" by {review}" : "")}";
        var counted = $"{title} · {WordCount.Describe(row)}";
        return TerminalCells.WidthOf(counted) <= width ? counted : title;
    }

    /// <summary>
    /// Two or more rows under the English serve, in this order: the other version of a unit a merge
    /// left in conflict, the outdated unit's word diff, or the translation-memory suggestion.
    /// </summary>
    private void ShowDiffOrMemory(TranslationRow? row)
    {
        if (row is { Theirs: { } theirs })
        {
            _diffCaption.Text = "Theirs";
            var english = theirs.Source != row.Source ? ", made from other English" : "";
            _diff.Content = $"{theirs.Translation}\n({UnitsTableSource.Signed(theirs)}{english}) Ctrl+W: choose mine or theirs";
            return;
        }
        if (row is { State: TranslationState.Outdated, PreviousSource.Length: > 0 })
        {
            _diffCaption.Text = _session.FromMemory(row.Id) ? "Memory" : "Changed";
            _diff.Content = WordDiff.Render(WordDiff.Compute(row.PreviousSource, row.Source));
            return;
        }
        var suggestion = row is { Translation.Length: 0 } ? _session.CurrentSuggestion : null;
        _diffCaption.Text = suggestion is null ? "" : "Memory";
        _diff.Content = suggestion is null ? "" : Suggestion(suggestion, row!);
    }

    private static string Suggestion(Session.Suggestion suggestion, TranslationRow row)
    {
        var english = suggestion.Percent == 100 ? "the same English"
            : "its English: " + WordDiff.Render(WordDiff.Compute(suggestion.Source, row.Source));
        return $"{suggestion.Percent}% {suggestion.Translation}\n(Ctrl+G puts it in for checking, not done; from {suggestion.Id}, {english})";
    }

    private int FieldWidth => Math.Max(Viewport.Width - CaptionWidth, 4);

    /// <summary>Gives each field its rows: what it needs, the English and the translation first.</summary>
    private void Arrange(bool rtl)
    {
        var width = FieldWidth;
        var fields = new (View Caption, TextPane Pane, int Need, int Min)[]
        {
            // The English gets up to five rows (the consent clause needs four at 80 columns); longer scrolls.
            (_englishCaption, _english, Math.Min(_english.RowsNeeded(width), 5), 1),
            // The rows left over after every field has what it needs go to the translation, to type on.
            (_translationCaption, Translation, Translation.RowsNeeded(width), 2),
            (_checksCaption, _checks, _checks.RowsNeeded(width), 1),
            (_diffCaption, _diff, _diff.Content.Length == 0 ? 0 : _diff.RowsNeeded(width), 0),
            (_previewCaption, _preview, rtl ? _preview.RowsNeeded(width) : 0, 0),
            (_noteCaption, _note, _note.Content.Length == 0 ? 0 : _note.RowsNeeded(width), 0),
        };
        // An error is what the translator must read first: then the checks come before the translation.
        // A unit in conflict: the two versions to choose between come first (its checks only say so).
        var hasError = _session.CurrentFindings.Any(f => f.Severity == Severity.Error);
        int[] priority = _session.CurrentRow is { InConflict: true } ? [0, 3, 1, 2, 4, 5]
            : hasError ? [0, 2, 1, 3, 4, 5] : [0, 1, 2, 3, 4, 5];
        var shared = PaneLayout.Share(Math.Max(Viewport.Height, 0), [.. priority.Select(i => (fields[i].Need, fields[i].Min))], grow: Array.IndexOf(priority, 1));
        var heights = new int[fields.Length];
        for (var k = 0; k < priority.Length; k++) { heights[priority[k]] = shared[k]; }
        // Shown top to bottom in reading order: English, what changed, note, translation, preview, checks.
        var order = new[] { 0, 3, 5, 1, 4, 2 };
        var y = 0;
        foreach (var i in order)
        {
            var (caption, pane, _, _) = fields[i];
            var h = heights[i];
            // Set only what changed (against what was set, not the last layout): each assignment asks for a new layout, on every key.
            if (_arranged.TryGetValue(pane, out var was) && was == (y, h)) { y += h; continue; }
            _arranged[pane] = (y, h);
            caption.Visible = pane.Visible = h > 0;
            caption.Y = pane.Y = y;
            pane.Height = Math.Max(h, 1);
            y += h;
        }
    }

    private static string Describe(IReadOnlyList<Finding> findings) => findings.Count == 0
        ? "ok"
        : string.Join("\n", findings.Select(f => $"{(f.Severity == Severity.Error ? "ERROR" : "warning")} {f.Check}: {f.Message}. {f.Fix}"));

    private static Label Caption(string text) => new() { Text = text, X = 0, Width = CaptionWidth - 1, Height = 1 };

    private static TextPane Field() => new() { X = CaptionWidth, Width = Dim.Fill(), Height = 1 };
}

using MpLeaflets.Checks;
using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Text;
using MpLeaflets.Translations;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// The current unit: its English (read-only), for an outdated unit the word diff of the old English
/// against the new, the note for translators, the translation being edited, the right-to-left
/// preview, and the findings of the checks, refreshed as you type.
/// </summary>
internal sealed class EditPane : FrameView
{
    public const int PaneHeight = 12;

    private readonly EditorSession _session;
    private readonly Label _english = Field(0, 2);
    private readonly Label _diff = Field(2, 2);
    private readonly Label _note = Field(4, 1);
    private readonly Label _preview = Field(8, 1);
    private readonly Label _checks = Field(9, 1);
    private readonly Label _previewCaption;
    private readonly Label _diffCaption;
    private bool _showing;
    private string? _shownUnit;
    private int _previewWidth;

    public EditPane(EditorSession session)
    {
        _session = session;
        Title = "Unit";
        TabStop = TabBehavior.TabStop;
#pragma warning disable CS0618 // TextView is marked obsolete in favour of an editor package that is not served; it works.
        Translation = new TextView
        {
            X = 9, Y = 5, Width = Dim.Fill(), Height = 3,
            WordWrap = true, TabKeyAddsTab = false, TabStop = TabBehavior.TabStop,
        };
#pragma warning restore CS0618
        _previewCaption = Caption("RTL", 8);
        _diffCaption = Caption("", 2);
        Add(Caption("English", 0), _english, _diffCaption, _diff, Caption("Note", 4), _note,
            Caption("Transl.", 5), Translation, _previewCaption, _preview, Caption("Checks", 9), _checks);
        _checks.Height = Dim.Fill();
        // The preview is cut to its width, which is known only once laid out (and changes with the terminal).
        _preview.ViewportChanged += (_, _) =>
        {
            if (_previewWidth != _preview.Viewport.Width) { _previewWidth = _preview.Viewport.Width; Show(reloadText: false); }
        };
        Translation.ContentsChanged += (_, _) =>
        {
            if (_showing) { return; }
            var refused = _session.SetTranslation(Translation.Text);
            Message?.Invoke(refused);
        };
    }

#pragma warning disable CS0618
    public TextView Translation { get; }
#pragma warning restore CS0618

    public bool RtlPreviewOn { get; set; } = true;

    /// <summary>Raised with a message for the status line (null: nothing to say).</summary>
    public event Action<string?>? Message;

    public string PreviewText => _preview.Text;

    public string ChecksText => _checks.Text;

    public string DiffText => _diff.Text;

    /// <summary>Shows the session's current unit; <paramref name="reloadText"/> is false while the user types.</summary>
    public void Show(bool reloadText)
    {
        var row = _session.CurrentRow;
        var language = _session.Current?.Language;
        Title = row is null ? "Unit" : $"{row.Id} · {(row.InConflict ? "CONFLICT" : UnitsTableSource.Short(row.State))}{(row.Review is { } review ? $" by {review}" : "")}";
        _english.Text = row?.Source ?? "(no unit: change the filter or the search)";
        // Two lines serve the outdated unit's diff or, otherwise, the translation-memory suggestion.
        if (row is { Theirs: { } theirs })
        {
            _diffCaption.Text = "Theirs";
            _diff.Text = $"{OneLine(theirs.Translation)}\n({theirs.State.ToCsv()}{(theirs.Source != row.Source ? ", other English" : "")}) Ctrl+W: choose mine or theirs";
        }
        else if (row is { State: TranslationState.Outdated, PreviousSource.Length: > 0 })
        {
            _diffCaption.Text = "Changed";
            _diff.Text = WordDiff.Render(WordDiff.Compute(row.PreviousSource, row.Source), context: 4);
        }
        else
        {
            var suggestion = _session.CurrentSuggestion;
            _diffCaption.Text = suggestion is null ? "" : "Memory";
            _diff.Text = suggestion is null ? "" : $"{suggestion.Percent}% {OneLine(suggestion.Translation)}\n(Ctrl+G) for: {OneLine(suggestion.Source)}";
        }
        var terms = _session.CurrentTerms;
        var glossary = terms.Count == 0 ? "" : "Terms: " + string.Join("; ", terms.Select(t => $"{t.English} = {t.Translation}"));
        _note.Text = string.Join(" · ", new[] { glossary, OneLine(row?.Note ?? "") }.Where(t => t.Length > 0));
        // The box is reloaded when another unit is shown or the text changed other than by typing
        // (reload, merge): a keystroke must never land in the text of a unit no longer current.
        var shown = row is null ? null : $"{_session.Current?.Code}/{row.Id}";
        if (reloadText || shown != _shownUnit || (row?.Translation ?? "") != Normalized(Translation.Text))
        {
            _shownUnit = shown;
            _showing = true;
            Translation.Text = row?.Translation ?? "";
            Translation.ReadOnly = row is null or { State: TranslationState.Obsolete } or { InConflict: true };
            _showing = false;
        }
        var rtl = language?.IsRightToLeft == true;
        _previewCaption.Visible = _preview.Visible = rtl && RtlPreviewOn;
        _preview.Text = rtl && RtlPreviewOn && row is not null ? RtlPreview.Fit(row.Translation, rightToLeft: true, _preview.Viewport.Width) : "";
        _checks.Text = Describe(_session.CurrentFindings);
    }

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Normalized(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string Describe(IReadOnlyList<Finding> findings) => findings.Count == 0
        ? "ok"
        : string.Join("\n", findings.Select(f => $"{(f.Severity == Severity.Error ? "ERROR" : "warning")} {f.Check}: {f.Message}. {f.Fix}"));

    private static Label Caption(string text, int y) => new() { Text = text, X = 0, Y = y, Width = 8 };

    private static Label Field(int y, int height) => new() { X = 9, Y = y, Width = Dim.Fill(), Height = height };
}

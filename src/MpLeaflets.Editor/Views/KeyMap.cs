using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Views;

/// <summary>
/// Every key the editor adds, in one list: the window dispatches from it and the help (F1) is
/// printed from it, so help never misses a key. Function keys and Ctrl combinations only: they
/// reach the editor even while the translation box has the focus (Alt+letter does not).
/// </summary>
internal static class KeyMap
{
    public sealed record Binding(Key Key, string Label, string Description, Action<EditorWindow> Run);

    public static readonly IReadOnlyList<Binding> All =
    [
        new(Key.F1, "F1", "help: this list of keys", w => w.ShowHelp()),
        new(Key.S.WithCtrl, "Ctrl+S", "save every language with unsaved changes", w => w.Save()),
        new(Key.N.WithCtrl, "Ctrl+N", "next unit in the list", w => w.Move(+1)),
        new(Key.P.WithCtrl, "Ctrl+P", "previous unit in the list", w => w.Move(-1)),
        new(Key.F5, "F5", "next untranslated unit", w => w.Jump(TranslationState.Untranslated, true)),
        new(Key.F5.WithShift, "Shift+F5", "previous untranslated unit", w => w.Jump(TranslationState.Untranslated, false)),
        new(Key.F7, "F7", "next outdated unit", w => w.Jump(TranslationState.Outdated, true)),
        new(Key.F7.WithShift, "Shift+F7", "previous outdated unit", w => w.Jump(TranslationState.Outdated, false)),
        new(Key.F12, "F12", "next unit whose checks find an error", w => w.JumpToError(true)),
        new(Key.F12.WithShift, "Shift+F12", "previous unit whose checks find an error", w => w.JumpToError(false)),
        new(Key.G.WithCtrl, "Ctrl+G", "take the translation-memory suggestion (into an empty translation)", w => w.TakeSuggestion()),
        new(Key.F2, "F2", "mark translated (for an outdated unit: the translation fits the new English)", w => w.MarkTranslated()),
        new(Key.F3, "F3", "mark reviewed (checked by a native speaker), signed with your name and today (--reviewer or git's user.name)", w => w.MarkReviewed()),
        new(Key.F3.WithShift, "Shift+F3", "review mode on/off: the units of the review sheet in its order (F9: one document); F3 then moves on", w => w.ToggleReviewMode()),
        new(Key.W.WithCtrl, "Ctrl+W", "a unit a merge left in conflict: see both versions and choose one", w => w.ChooseVersion()),
        new(Key.F4, "F4", "keep: the English change was trivial, the translation stands (outdated -> translated)", w => w.KeepTrivialChange()),
        new(Key.F8, "F8", "filter by state: all, to do, untranslated, outdated, translated, reviewed, obsolete", w => w.CycleStateFilter()),
        new(Key.F9, "F9", "filter by document (cycles through the documents, then all)", w => w.CycleDocumentFilter()),
        new(Key.F.WithCtrl, "Ctrl+F", "search the English and the translations (Enter goes to the list)", w => w.FocusSearch()),
        new(Key.L.WithCtrl, "Ctrl+L", "languages pane", w => w.FocusLanguages()),
        new(Key.E.WithCtrl, "Ctrl+E", "edit the translation", w => w.FocusTranslation()),
        new(Key.T.WithCtrl, "Ctrl+T", "units table", w => w.FocusUnits()),
        new(Key.O.WithCtrl, "Ctrl+O", "documents overview: kind, version, units and completeness per language", w => w.ShowDocuments()),
        new(Key.R.WithCtrl, "Ctrl+R", "preview: build this document in this language into output/preview/ (English where untranslated)", w => w.Preview()),
        new(Key.F11, "F11", "add a language (as 'mpleaflets add-language')", w => w.AddLanguage()),
        new(Key.B.WithCtrl, "Ctrl+B", "open the English of this unit in $VISUAL/$EDITOR; on return, sync with it (edits here are kept)", w => w.EditEnglish()),
        new(Key.U.WithCtrl, "Ctrl+U", "update from the English: sync every language with the English on disk (unsaved until Ctrl+S)", w => w.SyncWithEnglish()),
        new(Key.F10, "F10", "right-to-left preview on/off (off for terminals that do bidi themselves)", w => w.ToggleRtlPreview()),
        new(Key.Q.WithCtrl, "Ctrl+Q", "quit (asks to save, discard or cancel when there are unsaved changes)", w => w.Quit()),
        new(Key.Esc, "Esc", "quit, as Ctrl+Q", w => w.Quit()),
    ];

    public static string HelpText() => string.Join("\n", All.Select(b => $"{b.Label,-9} {b.Description}"))
        + "\nTab, Shift+Tab move between panes; arrows and PgUp/PgDn move in the list."
        + "\nTyping a translation into an untranslated unit marks it translated; editing a reviewed one asks for review again.";
}

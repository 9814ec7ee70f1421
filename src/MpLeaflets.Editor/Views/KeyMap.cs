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
        new(Key.G.WithCtrl, "Ctrl+G", "put the memory match into an empty translation, OUTDATED until checked (F2)", w => w.TakeSuggestion()),
        new(Key.K.WithCtrl, "Ctrl+K", "copy the English into the translation, OUTDATED until translated (F2)", w => w.CopyEnglish()),
        new(Key.Z.WithCtrl, "Ctrl+Z", "undo the last change, in whichever unit it was made (a word at a time)", w => w.Undo()),
        new(Key.Y.WithCtrl, "Ctrl+Y", "redo what Ctrl+Z undid", w => w.Redo()),
        new(Key.F2, "F2", "mark translated (outdated: it fits the new English); refused while a check finds an ERROR", w => w.MarkTranslated()),
        new(Key.F3, "F3", "mark reviewed (checked by a native speaker), signed with your name (--reviewer or git's user.name) and today; refused while a check finds an ERROR", w => w.MarkReviewed()),
        new(Key.F3.WithShift, "Shift+F3", "review mode on/off: the units of the review sheet in its order and numbering (F9: one document); F3 then moves on", w => w.ToggleReviewMode()),
        new(Key.W.WithCtrl, "Ctrl+W", "a unit a merge left in CONFLICT: see both versions and choose one (it cannot be edited or marked before)", w => w.ChooseVersion()),
        new(Key.F4, "F4", "keep: the English change was trivial, the translation stands (outdated -> translated)", w => w.KeepTrivialChange()),
        new(Key.F8, "F8", "filter: all, to do, with errors, untranslated, outdated, translated, reviewed, obsolete", w => w.CycleStateFilter()),
        new(Key.F8.WithShift, "Shift+F8", "the same filters backwards", w => w.CycleStateFilter(forward: false)),
        new(Key.F9, "F9", "filter by document (cycles through the documents, then all)", w => w.CycleDocumentFilter()),
        new(Key.F9.WithShift, "Shift+F9", "the documents backwards", w => w.CycleDocumentFilter(forward: false)),
        new(Key.F.WithCtrl, "Ctrl+F", "search English, translations and ids; a whole id (leaflet.3f9a2c1b) jumps to it", w => w.FocusSearch()),
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

    /// <summary>The keys and how the panes work, wrapped to <paramref name="width"/> columns with the descriptions indented under each other.</summary>
    public static string HelpText(int width = 200)
    {
        var lines = All.SelectMany(b => Hanging($"{b.Label,-9} ", b.Description, width)).ToList();
        foreach (var note in Notes) { lines.AddRange(Hanging("", note, width)); }
        return string.Join("\n", lines);
    }

    private static readonly string[] Notes =
    [
        "Tab, Shift+Tab move between panes; arrows, PgUp/PgDn, Home/End move in the list and scroll a pane.",
        "A field marked ▼ (or ▲) in its last column has more: Tab to it and scroll.",
        "In the translation: arrows, Home/End (row), Ctrl+Home/Ctrl+End (text); Backspace and Delete remove one character as shown.",
        "Typing into an untranslated unit marks it translated, unless a check finds an ERROR: then it is not done until fixed.",
        "Editing a reviewed unit drops its sign-off and asks for review again; emptying a unit makes it untranslated.",
    ];

    private static IEnumerable<string> Hanging(string head, string text, int width)
    {
        var indent = new string(' ', head.Length);
        var line = head;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > head.Length && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = indent + word;
            }
            else { line += (line.Length > head.Length ? " " : "") + word; }
        }
        yield return line;
    }
}

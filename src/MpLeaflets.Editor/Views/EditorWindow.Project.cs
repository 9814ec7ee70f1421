using MpLeaflets.Content;
using MpLeaflets.Editor.Session;

namespace MpLeaflets.Editor.Views;

/// <summary>The window's project-level actions: the English (sync, $EDITOR, changes on disk), the
/// documents overview, the preview, adding a language, and files changed by others.</summary>
public sealed partial class EditorWindow
{
    public void AddLanguage()
    {
        var values = _prompter.AskFields("Add a language",
            "Registers it in content/languages.csv and creates translations/<code>.csv with every unit untranslated.",
            [("Code (BCP 47)", ""), ("English name", ""), ("Native name", ""), ("Direction", "ltr"), ("Script", "Latn"),
             ("Fonts (a;b)", "Noto Sans"), ("Digits", "latn")]);
        if (values is null) { Say("no language added"); return; }
        if (_session.AddLanguage(values) is { } problem)
        {
            _prompter.Tell("Not added", problem);
            return;
        }
        var language = _session.Current!.Language;
        Say($"added {language.Code}: {_session.Current!.Rows.Count} units to translate");
        RefreshAll();
    }

    /// <summary>Set when the user asked to edit the English; the host runs the editor and comes back.</summary>
    public (string Path, int Line)? EnglishToEdit { get; private set; }

    public void EditEnglish()
    {
        if (_session.CurrentSource() is not { } source) { Say("no English source for this unit"); return; }
        EnglishToEdit = source;
        App?.RequestStop(this);
    }

    /// <summary>Shows a message in the status line (e.g. after coming back from $EDITOR).</summary>
    public void Announce(string message) => Say(message);

    /// <summary>How the preview is built; tests replace it (a real build takes seconds and fonts).</summary>
    public Func<string, string, string, string> BuildPreview { get; set; } = MpLeaflets.Editor.Preview.DocumentPreview.Build;

    public void Preview()
    {
        if (_session.ProjectRoot is not { } root || _session.Current is not { } language || _session.CurrentRow is not { } row)
        {
            Say("nothing to preview");
            return;
        }
        if (language.IsDirty)
        {
            var answer = _prompter.Ask("Preview", $"The preview is built from the saved files and {language.Code} has unsaved changes.",
                "_Save and build", "Build the _saved file", "_Cancel");
            if (answer == 0) { Save(); }
            else if (answer != 1) { return; }
        }
        Say($"building {row.DocumentId} in {language.Code}…");
        _prompter.Tell($"Preview: {row.DocumentId} in {language.Code}", BuildPreview(root, language.Code, row.DocumentId));
        Say(null);
    }

    public void ShowDocuments() => _prompter.Tell("Documents", _session.DocumentsOverview());

    public void SyncWithEnglish()
    {
        var message = _session.SyncWithEnglish();
        _prompter.Tell("Sync with the English", message);
        Say(message);
        RefreshAll();
    }

    /// <summary>Called when the English sources changed on disk while the editor was open.</summary>
    public void EnglishChanged() => Say("English changed on disk: Ctrl+U syncs");

    /// <summary>Reads again the files changed on disk that have no edits here (called on a timer).</summary>
    public void NoticeChangedFiles()
    {
        if (_session.NoticeChangedFiles() is not { } message) { return; }
        _message = message;
        RefreshAll();
    }

    /// <summary>Called at start when a sync would change the translation files.</summary>
    public void BehindEnglish() => Say("files behind the English: Ctrl+U syncs");

    private void ResolveChangedOnDisk(SaveOutcome outcome)
    {
        var answer = _prompter.Ask("Changed on disk", outcome.Message + ".\nMerge keeps your edits on top of the new file when they touch other units.",
            "_Merge", "_Reload (drop my edits)", "_Cancel");
        if (answer == 0)
        {
            var merged = _session.Merge(outcome.LanguageCode);
            if (merged.Merged) { _session.Save(); }
            else { _prompter.Tell("Not merged", merged.Message + ". Nothing was written; your edits are still here."); }
        }
        else if (answer == 1)
        {
            _session.Reload(outcome.LanguageCode);
        }
    }
}

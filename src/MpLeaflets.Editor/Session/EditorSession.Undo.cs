using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>What kind of change an undo step holds: typing runs together (a word at a time), the rest is one step each.</summary>
internal enum UndoKind
{
    Typing,
    State,
    Replace,
}

/// <summary>
/// Undo and redo across units and languages, as in Emacs PO mode: Ctrl+Z undoes the last change
/// wherever it was made and shows that unit, so a mistake found after moving on is one key away.
/// </summary>
public sealed partial class EditorSession
{
    private sealed record UndoStep(LanguageBuffer Buffer, int Generation, int Index, TranslationRow Before, TranslationRow After);

    private readonly List<UndoStep> _undo = [];
    private readonly List<UndoStep> _redo = [];
    private UndoStep? _open;

    /// <summary>Where the caret goes after an undo or redo: the end of what changed.</summary>
    public int? LastEditCaret { get; private set; }

    /// <summary>Undoes the last change (the last word typed, a state, a memory match taken); returns what the status line says.</summary>
    public string Undo() => Step(_undo, _redo, "undone", "nothing to undo");

    public string Redo() => Step(_redo, _undo, "redone", "nothing to redo");

    private string Step(List<UndoStep> from, List<UndoStep> to, string done, string none)
    {
        _open = null;
        if (from.Count == 0) { return none; }
        var step = from[^1];
        from.RemoveAt(from.Count - 1);
        var undoing = ReferenceEquals(from, _undo);
        var (expected, restored) = undoing ? (step.After, step.Before) : (step.Before, step.After);
        // A sync, a reload or a merge since replaced the rows: the step no longer describes them.
        if (step.Buffer.Generation != step.Generation || step.Index >= step.Buffer.Rows.Count || step.Buffer.Rows[step.Index] != expected)
        {
            _undo.Clear();
            _redo.Clear();
            return $"{none}: {step.Buffer.Code} was read again or synced since";
        }
        step.Buffer.Replace(step.Index, restored);
        to.Add(step);
        LastEditCaret = EndOfChange(expected.Translation, restored.Translation);
        ShowUnit(step.Buffer, step.Index);
        var shown = CurrentRow?.Id == restored.Id ? "" : " (not in this list: F8 shows all)";
        return $"{done} in {restored.Id}{shown}";
    }

    /// <summary>Records a change of row <paramref name="index"/> of the current language before it is made.</summary>
    private void Remember(int index, UndoKind kind, TranslationRow after)
    {
        var language = Current!;
        var before = language.Rows[index];
        _redo.Clear();
        if (kind == UndoKind.Typing && _open is { } open && open.Buffer == language && open.Index == index && open.Generation == language.Generation)
        {
            _open = open with { After = after };
            _undo[^1] = _open;
        }
        else
        {
            var step = new UndoStep(language, language.Generation, index, before, after);
            _undo.Add(step);
            _open = kind == UndoKind.Typing ? step : null;
        }
        // A space typed after a word of this step ends the step: undo takes typing back a word at a time.
        if (kind == UndoKind.Typing && Spaces(after.Translation) > Spaces(before.Translation)
            && Letters(after.Translation) > Letters(_undo[^1].Before.Translation)) { _open = null; }
    }

    private static int Letters(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Moving to another unit (or list) ends the typing step.</summary>
    private void EndUndoStep() => _open = null;

    private void ShowUnit(LanguageBuffer language, int index)
    {
        if (Current != language)
        {
            Current = language;
            Refilter(language.Rows[index].Id);
        }
        var position = _visible.IndexOf(index);
        if (position >= 0) { MoveTo(position); }
        else { Changed?.Invoke(); }
    }

    private static int Spaces(string text) => text.Count(char.IsWhiteSpace);

    /// <summary>The offset in <paramref name="after"/> where the change from <paramref name="before"/> ends.</summary>
    private static int EndOfChange(string before, string after)
    {
        var suffix = 0;
        while (suffix < before.Length && suffix < after.Length && before[^(suffix + 1)] == after[^(suffix + 1)]) { suffix++; }
        return after.Length - suffix;
    }
}

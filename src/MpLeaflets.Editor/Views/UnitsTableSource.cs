using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Views;

namespace MpLeaflets.Editor.Views;

/// <summary>The units the session lists, as table rows: document, state, English, translation.</summary>
internal sealed class UnitsTableSource(EditorSession session) : ITableSource
{
    public object this[int row, int col]
    {
        get
        {
            var unit = session.Current!.Rows[session.Visible[row]];
            return col switch
            {
                0 => unit.DocumentId,
                1 => Short(unit),
                2 => OneLine(unit.Source),
                _ => OneLine(unit.Translation),
            };
        }
    }

    public string[] ColumnNames { get; } = ["Document", "State", "English", "Translation"];

    public int Columns => 4;

    public int Rows => session.Current is null ? 0 : session.Visible.Count;

    /// <summary>The state as the table says it; an untranslated unit with text is a DRAFT (typed, not done: a check error, or not yet checked).</summary>
    public static string Short(TranslationRow row) =>
        row is { State: TranslationState.Untranslated, Translation.Length: > 0 } ? "DRAFT" : Short(row.State);

    public static string Short(TranslationState state) => state switch
    {
        TranslationState.Untranslated => "MISSING",
        TranslationState.Outdated => "OUTDATED",
        TranslationState.Translated => "done",
        TranslationState.Reviewed => "reviewed",
        _ => "obsolete",
    };

    private static string OneLine(string text) => text.Replace('\n', ' ');
}

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

    /// <summary>
    /// The state as the table says it: a unit a merge left with two versions is a CONFLICT (neither
    /// counts until one is chosen with Ctrl+W); an untranslated unit with text is a DRAFT (typed,
    /// not done: a check error, or not yet checked).
    /// </summary>
    public static string Short(TranslationRow row) => row switch
    {
        { InConflict: true } => "CONFLICT",
        { State: TranslationState.Untranslated, Translation.Length: > 0 } => "DRAFT",
        _ => Short(row.State),
    };

    /// <summary>A version's state as the file says it, with its sign-off: <c>reviewed by Amina Hassan, 2026-03-02</c>.</summary>
    public static string Signed(TranslationRow row) => row.State.ToCsv() + (row.Review is { } review ? $" by {review}" : "");

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

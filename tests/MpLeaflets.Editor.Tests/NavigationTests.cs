using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>The table always shows the unit the editor is on: after jumps, searches, Home and End, with columns that stay put.</summary>
public sealed class NavigationTests : IDisposable
{
    private readonly EditorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    /// <summary>60 units, all done but unit 45 (untranslated) and unit 50 (outdated).</summary>
    private EditorSession Long()
    {
        var rows = Enumerable.Range(1, 60).Select(i => new TranslationRow(
            $"leaflet.u{i:00}", $"English sentence number {i} about the MP.", $"Phrase française numéro {i} sur le député.", TranslationState.Translated, "", "")).ToList();
        rows[44] = rows[44] with { Translation = "", State = TranslationState.Untranslated };
        rows[49] = rows[49] with { State = TranslationState.Outdated, PreviousSource = "Old English sentence number 50 about the MP." };
        new TranslationFile("fr", rows).Write(_fixture.PathOf("fr"));
        return new EditorSession([new LanguageBuffer(EditorFixture.French, _fixture.PathOf("fr"))]);
    }

    [Fact]
    public void After_F5_F7_and_F12_the_table_shows_the_unit_far_down_the_list()
    {
        using var ui = new Headless(Long());
        ui.Press(Key.F5);
        Assert.Contains("Units 45/60", ui.Screen);
        Assert.Contains("│MISSING │English sentenc…", ui.Screen);
        ui.Press(Key.F7);
        Assert.Contains("│OUTDATED│English sentenc…", ui.Screen);
        Assert.Contains("Units 50/60", ui.Screen);
    }

    [Fact]
    public void Home_and_End_in_the_table_go_to_the_first_and_the_last_unit()
    {
        using var ui = new Headless(Long());
        ui.Press(Key.T.WithCtrl);
        ui.Press(Key.End);
        Assert.Equal("leaflet.u60", ui.Session.CurrentRow!.Id);
        Assert.Contains("numéro 60", ui.Screen);
        ui.Press(Key.Home);
        Assert.Equal("leaflet.u01", ui.Session.CurrentRow!.Id);
        Assert.Contains("Units 1/60", ui.Screen);
        ui.Press(Key.PageDown);
        Assert.True(ui.Session.Position > 1);
    }

    [Fact]
    public void A_search_after_scrolling_to_the_end_shows_its_results()
    {
        using var ui = new Headless(Long());
        ui.Press(Key.T.WithCtrl);
        ui.Press(Key.End);
        ui.Press(Key.F.WithCtrl);
        ui.Type("number 1 ");
        Assert.Contains("Units 1/1", ui.Screen);
        Assert.Contains("English sentence number 1 about", ui.Screen.Replace("…", ""));
    }

    [Fact]
    public void The_column_borders_stay_in_the_same_place_as_the_table_scrolls()
    {
        using var ui = new Headless(Long());
        var before = Borders(ui.Screen);
        ui.Press(Key.F7);
        Assert.Equal(before, Borders(ui.Screen));
        ui.Press(Key.F.WithCtrl);
        ui.Type("u45");
        Assert.Equal(before, Borders(ui.Screen));

        // The header and the first unit's row: where their column borders are.
        static string Borders(string screen) => string.Concat(screen.Split('\n').Skip(2).Take(2).Select(line => new string([.. line.Select(c => c == '│' ? '│' : ' ')]) + "\n"));
    }

    [Fact]
    public void A_whole_unit_id_in_the_search_jumps_to_it_even_when_the_filter_hides_it()
    {
        using var ui = new Headless(Long());
        ui.Press(Key.F8);
        Assert.Contains("Units 1/2 · to do", ui.Screen);
        ui.Press(Key.F.WithCtrl);
        ui.Type("leaflet.u07");
        Assert.Equal("leaflet.u07", ui.Session.CurrentRow!.Id);
        Assert.Contains("leaflet.u07 · done", ui.Screen);
    }

    [Fact]
    public void Ctrl_Z_after_moving_to_another_unit_goes_back_and_undoes_there_and_Ctrl_Y_redoes()
    {
        using var ui = new Headless(Long());
        ui.Press(Key.E.WithCtrl);
        ui.Type(" Oui");
        ui.Press(Key.N.WithCtrl);
        ui.Press(Key.N.WithCtrl);
        Assert.Equal("leaflet.u03", ui.Session.CurrentRow!.Id);
        ui.Press(Key.Z.WithCtrl);
        Assert.Equal("leaflet.u01", ui.Session.CurrentRow!.Id);
        Assert.Equal("Phrase française numéro 1 sur le député.", ui.Session.CurrentRow.Translation);
        Assert.Contains("undone in leaflet.u01", ui.Screen);
        Assert.Equal(ui.Session.CurrentRow.Translation, ui.Window.Edit.Translation.Value);
        ui.Press(Key.Y.WithCtrl);
        Assert.Equal("Phrase française numéro 1 sur le député. Oui", ui.Session.CurrentRow!.Translation);
    }

    [Fact]
    public void Ctrl_Z_in_another_language_goes_back_to_the_language_and_unit_it_undoes()
    {
        using var ui = new Headless(_fixture.Open());
        ui.Press(Key.E.WithCtrl);
        ui.Type("!");
        ui.Press(Key.L.WithCtrl);
        ui.Press(Key.CursorDown);
        Assert.Equal("ar", ui.Session.Current!.Code);
        ui.Press(Key.Z.WithCtrl);
        Assert.Equal("fr", ui.Session.Current!.Code);
        Assert.Equal("Votre député et votre dossier", ui.Session.CurrentRow!.Translation);
        Assert.Equal(0, ui.Window.LanguageList.Value);
    }
}

using MpLeaflets.Editor.Session;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>
/// The translation box as the text grows at 80×24: when typing takes it onto a row more and the
/// pane gives the box that row, the whole text shows. It had kept the first row scrolled out, with
/// an empty row below, until something else redrew the screen.
/// </summary>
public sealed class TranslationBoxGrowthTests
{
    [Fact]
    public void When_the_text_takes_a_third_row_the_box_shows_all_three()
    {
        using var folder = new EditorFixture();
        var path = folder.PathOf("fr");
        new TranslationFile("fr", [new TranslationRow("leaflet.t", "Bring every letter from the Home Office, in date order.", "", TranslationState.Untranslated, "", "")]).Write(path);
        using var ui = new Headless(new EditorSession([new LanguageBuffer(EditorFixture.French, path)]), 80, 24);
        ui.Press(Key.E.WithCtrl);
        var box = ui.Window.Edit.Translation;
        const string text = "Apportez chaque lettre du ministère de l'Intérieur, dans l'ordre des dates, et gardez une copie de chacune d'elles dans un dossier à vous, avec les lettres de votre député et de votre avocat.";

        foreach (var rune in text.EnumerateRunes()) { ui.Key(new Key(rune.Value)); }

        Assert.Equal(text, box.Value);
        Assert.True(box.RowsNeeded(box.Viewport.Width) >= 3, $"the text takes {box.RowsNeeded(box.Viewport.Width)} rows");
        Assert.True(box.Viewport.Height >= box.RowsNeeded(box.Viewport.Width), $"the box has {box.Viewport.Height} rows for {box.RowsNeeded(box.Viewport.Width)}");
        Assert.Equal(0, box.Top);
        Assert.StartsWith("Apportez chaque lettre", box.VisibleRows[0], StringComparison.Ordinal);
        Assert.Contains("avocat.", ui.Screen, StringComparison.Ordinal);
    }
}

using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Editor.Text;
using MpLeaflets.Editor.Views;
using MpLeaflets.Tests;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

/// <summary>Everything the unit pane shows can be read at 80x24: whole, or scrolled with a visible mark.</summary>
public sealed class ReadableAt80Tests
{
    [Fact]
    public void The_consent_clauses_English_is_readable_whole_at_80_by_24()
    {
        using var project = TempProject.CopyOfRepository();
        using var ui = new Headless(EditorSession.Open(ContentProject.Load(project.Root)));
        ui.Press(Key.F.WithCtrl);
        ui.Type("consent-supporter.a323f449");
        var pane = string.Join(" ", ui.Window.Edit.English.VisibleRows).Replace("  ", " ");
        Assert.Contains("I agree that the MP's office may share information about my case with my supporter, as I have written above.", pane);
        Assert.False(ui.Window.Edit.English.MoreBelow);
        Assert.Contains("written above.", ui.Screen);
    }

    [Fact]
    public void An_English_too_long_for_its_rows_shows_a_mark_and_scrolls_to_its_end()
    {
        using var fixture = new EditorFixture();
        var english = string.Join(" ", Enumerable.Range(1, 60).Select(i => $"word{i}")) + " THE-END.";
        new Translations.TranslationFile("fr", [new("leaflet.long", english, "", Translations.TranslationState.Untranslated, "", "")]).Write(fixture.PathOf("fr"));
        using var ui = new Headless(new EditorSession([new LanguageBuffer(EditorFixture.French, fixture.PathOf("fr"))]));
        Assert.True(ui.Window.Edit.English.MoreBelow);
        Assert.Contains("▼", ui.Screen);
        Assert.DoesNotContain("THE-END.", ui.Screen);
        ui.Window.Edit.English.SetFocus();
        ui.Press(Key.PageDown);
        ui.Press(Key.PageDown);
        Assert.Contains("THE-END.", ui.Screen);
        Assert.Contains("▲", ui.Screen);
    }

    [Fact]
    public void Status_messages_are_shown_whole_at_80_columns()
    {
        using var fixture = new EditorFixture();
        using var ui = new Headless(fixture.Open());
        ui.Press(Key.F7);
        ui.Press(Key.F4);
        Assert.Contains("kept: the translation stands", ui.Screen);
        ui.Press(Key.G.WithCtrl);
        Assert.Contains("no memory match for this unit", ui.Screen);
        // The next key brings the counts back.
        ui.Press(Key.N.WithCtrl);
        Assert.Contains("fr: 4 done · 0 outdated · 2 missing · 0 errors · UNSAVED", ui.Screen);
    }

    [Fact]
    public void The_help_is_wrapped_to_its_box_and_lists_every_key()
    {
        var help = KeyMap.HelpText(70);
        Assert.All(help.Split('\n'), line => Assert.True(TerminalCells.WidthOf(line) <= 70, line));
        foreach (var binding in KeyMap.All) { Assert.Contains(binding.Label + " ", help); }
    }

    [Fact]
    public void The_right_to_left_preview_shows_the_whole_translation_wrapped_to_the_pane_in_print_order()
    {
        using var project = TempProject.CopyOfRepository();
        var session = EditorSession.Open(ContentProject.Load(project.Root));
        session.SelectLanguage("ar");
        using var ui = new Headless(session);
        ui.Press(Key.F.WithCtrl);
        ui.Type("consent-supporter.a323f449");
        var row = ui.Session.CurrentRow!;
        var preview = ui.Window.Edit.Preview;
        var expected = RtlPreview.Lines(row.Translation, "ar", rightToLeft: true, TextPane.WrapWidth(preview.Viewport.Width));
        Assert.True(expected.Count > 1);
        Assert.Equal(string.Join("\n", expected), ui.Window.Edit.PreviewText);
        // Every word of the translation is in the preview (joined and in visual order, as printed).
        foreach (var word in row.Translation.Split(' ').Select(w => w.Trim('.', '،')))
        {
            Assert.Contains(RtlPreview.Of(word, rightToLeft: true), ui.Window.Edit.PreviewText);
        }
    }
}

using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Tests;
using MpLeaflets.Translations;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

public sealed class SyncWithEnglishTests
{
    private const string Leaflet = """
        ---
        id: leaflet
        kind: leaflet
        title: Your MP
        version: 2026-11-27
        order: 1
        ---

        Call your MP today.

        Keep a copy of every letter.

        """;

    private static (TempProject Project, EditorSession Session) Open() => TranslatedProject.Open(Leaflet);

    [Fact]
    public void English_changed_since_the_last_sync_is_noticed_and_Ctrl_U_syncs_in_memory_keeping_edits()
    {
        var (project, session) = Open();
        using var _ = project;
        var frBefore = File.ReadAllBytes(project.PathOf("translations/fr.csv"));
        Assert.False(session.BehindEnglish(ContentProject.Load(project.Root).Documents));
        session.SelectLanguage("fr");
        session.MoveTo(2);
        session.SetTranslation("Gardez une copie de chaque lettre.");

        project.WriteDocument("leaflet.md", Leaflet.Replace("Call your MP today.", "Call your MP this week.") + "\nAsk for help early.\n");
        Assert.True(session.BehindEnglish(ContentProject.Load(project.Root).Documents));

        using var ui = new Headless(session);
        ui.Press(Key.U.WithCtrl);
        var told = Assert.Single(ui.Prompter.Told);
        Assert.True(told.Contains("fr 1 new, 1 outdated, 0 obsolete"), told + "\n" + string.Join("\n", session.Current!.Rows));
        var rows = session.Current!.Rows;
        Assert.Equal(TranslationState.Outdated, rows.Single(r => r.Source == "Call your MP this week.").State);
        Assert.Equal(TranslationState.Untranslated, rows.Single(r => r.Source == "Ask for help early.").State);
        Assert.Equal("Gardez une copie de chaque lettre.", rows.Single(r => r.Source == "Keep a copy of every letter.").Translation);
        Assert.True(session.Languages.All(l => l.IsDirty));
        Assert.Equal(frBefore, File.ReadAllBytes(project.PathOf("translations/fr.csv")));

        ui.Press(Key.S.WithCtrl);
        Assert.Contains("Call your MP today.", File.ReadAllText(project.PathOf("translations/fr.csv")));
        Assert.Contains("outdated", File.ReadAllText(project.PathOf("translations/ar.csv")));
    }

    [Fact]
    public void Ctrl_O_shows_each_document_with_its_completeness_per_language()
    {
        var (project, session) = Open();
        using var _ = project;
        session.SelectLanguage("fr");
        session.MoveTo(1);
        session.SetTranslation("");
        using var ui = new Headless(session);
        ui.Press(Key.O.WithCtrl);
        var told = Assert.Single(ui.Prompter.Told);
        Assert.Contains("leaflet (leaflet, 2026-11-27, 3 units): Your MP", told);
        Assert.Contains("ar 100% · fr 66%", told);
    }

    [Fact]
    public void F11_adds_a_language_with_every_unit_untranslated_and_opens_it()
    {
        var (project, session) = Open();
        using var _ = project;
        using var ui = new Headless(session);
        ui.Prompter.Forms.Enqueue(["om", "Oromo", "Afaan Oromoo", "ltr", "Latn", "Noto Sans", "latn"]);
        ui.Press(Key.F11);
        Assert.Equal("om", session.Current!.Code);
        Assert.Equal(3, session.Current.Progress.Missing);
        Assert.Contains("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,latn", File.ReadAllText(project.PathOf("content/languages.csv")));
        Assert.True(File.Exists(project.PathOf("translations/om.csv")));
        Assert.Contains("om      0%", ui.Screen);
    }

    [Fact]
    public void Adding_a_language_that_exists_says_why_and_writes_nothing()
    {
        var (project, session) = Open();
        using var _ = project;
        var before = project.Snapshot();
        using var ui = new Headless(session);
        ui.Prompter.Forms.Enqueue(["fr", "French", "Français", "ltr", "Latn", "Noto Sans", "latn"]);
        ui.Press(Key.F11);
        Assert.Contains("already registered", Assert.Single(ui.Prompter.Told));
        Assert.Equal(before.Keys, project.Snapshot().Keys);
        ui.Press(Key.F11);
        Assert.Contains("no language added", ui.Screen);
    }
}

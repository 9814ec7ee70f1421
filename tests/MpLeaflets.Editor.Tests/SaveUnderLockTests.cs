using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Storage;
using MpLeaflets.Tests;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Tests;

/// <summary>The editor's save is one writer like the commands: it never writes while another one is writing.</summary>
public sealed class SaveUnderLockTests
{
    private static (TempProject Project, EditorSession Session) Open(string body) =>
        TranslatedProject.Open($"---\nid: leaflet\nkind: leaflet\ntitle: Your MP\nversion: 2026-11-27\n---\n\n{body}");

    [Fact]
    public void A_save_while_another_command_writes_the_project_writes_nothing_keeps_the_edits_and_works_later()
    {
        var (project, session) = Open("Call your MP today.\n");
        using var _ = project;
        session.SelectLanguage("fr");
        session.MoveTo(1);
        session.SetTranslation("Appelez votre député aujourd'hui.");
        var before = File.ReadAllBytes(project.PathOf("translations/fr.csv"));

        IReadOnlyList<SaveOutcome> refused;
        using (ProjectLock.Acquire(project.Root, "mpleaflets import", TimeSpan.Zero))
        {
            refused = session.Save();
        }

        var outcome = Assert.Single(refused);
        Assert.Equal(SaveStatus.Failed, outcome.Status);
        Assert.Contains("not saved: another command is writing this project (mpleaflets import", outcome.Message);
        Assert.Equal(before, File.ReadAllBytes(project.PathOf("translations/fr.csv")));
        Assert.True(session.HasUnsavedChanges);

        Assert.Equal(SaveStatus.Saved, Assert.Single(session.Save()).Status);
        Assert.Contains("Appelez votre député", File.ReadAllText(project.PathOf("translations/fr.csv")));
    }

    [Fact]
    public void Syncing_with_english_that_retires_most_of_a_document_is_refused_in_the_editor()
    {
        var (project, session) = Open("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n");
        using var _ = project;
        project.WriteDocument("leaflet.md", "---\nid: leaflet\nkind: leaflet\ntitle: Your MP\nversion: 2026-11-27\n---\n\nAll new.\n");

        var message = session.SyncWithEnglish();

        Assert.Contains("would make 5 of the 6 units of 'leaflet' obsolete", message);
        Assert.Contains("quit and run 'mpleaflets sync --allow-rewrite'", message);
        Assert.False(session.HasUnsavedChanges);
    }
}

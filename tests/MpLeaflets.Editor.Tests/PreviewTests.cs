using MpLeaflets.Content;
using MpLeaflets.Editor.Preview;
using MpLeaflets.Editor.Session;
using MpLeaflets.Tests;
using Terminal.Gui.Input;

namespace MpLeaflets.Editor.Tests;

public sealed class PreviewTests
{
    [Fact]
    public void The_preview_builds_the_current_document_into_output_preview_not_the_print_folder()
    {
        using var project = TempProject.CopyOfRepository();
        var report = DocumentPreview.Build(project.Root, "fr", "leaflet");
        var pdf = Path.Combine(project.Root, "output", "preview", "fr", "leaflet.pdf");
        Assert.Contains(pdf, report);
        Assert.Contains("pages", report);
        Assert.True(File.Exists(pdf));
        Assert.False(Directory.Exists(Path.Combine(project.Root, "output", "fr")));
    }

    [Fact]
    public void Ctrl_R_with_unsaved_changes_asks_and_can_save_before_building()
    {
        using var project = TempProject.CopyOfRepository();
        var session = EditorSession.Open(ContentProject.Load(project.Root));
        session.SelectLanguage("fr");
        using var ui = new Headless(session);
        var built = new List<string>();
        ui.Window.BuildPreview = (root, code, document) =>
        {
            built.Add($"{code} {document} {File.ReadAllText(Path.Combine(root, "translations", code + ".csv")).Contains("Aperçu")}");
            return "built";
        };
        ui.Press(Key.E.WithCtrl);
        ui.Type("Aperçu ");
        ui.Prompter.Answers.Enqueue(2);
        ui.Press(Key.R.WithCtrl);
        Assert.Empty(built);
        ui.Prompter.Answers.Enqueue(0);
        ui.Press(Key.R.WithCtrl);
        Assert.Equal(["fr leaflet True"], built);
        Assert.Contains("Preview: leaflet in fr: built", ui.Prompter.Told);
        Assert.False(session.HasUnsavedChanges);
    }
}

using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Tests;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Tests;

/// <summary>A project on disk with one leaflet, every unit translated ("T: " + the English) in every language, opened in a session.</summary>
internal static class TranslatedProject
{
    public static (TempProject Project, EditorSession Session) Open(string leaflet)
    {
        var project = TempProject.With(new Dictionary<string, string> { ["leaflet.md"] = leaflet });
        var content = ContentProject.Load(project.Root);
        foreach (var language in content.Languages.Languages)
        {
            var file = Synchronizer.Sync(new TranslationFile(language.Code, []), content.Documents).File;
            file.WithRows([.. file.Rows.Select(r => r with { Translation = "T: " + r.Source, State = TranslationState.Translated })])
                .Write(content.TranslationPath(language.Code));
        }
        return (project, EditorSession.Open(content));
    }
}

using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Storage;

namespace MpLeaflets.Editor.Preview;

/// <summary>
/// Builds one document in one language, as 'mpleaflets build' does, into output/preview/ (never
/// the print folder) and with English for the units not yet translated, so a document can be looked
/// at while it is being translated. Reads the saved files: the window saves first.
/// </summary>
public static class DocumentPreview
{
    public static string Build(string projectRoot, string languageCode, string documentId)
    {
        try
        {
            // Output is written under the project's lock, as by 'mpleaflets build'.
            using var writing = ProjectLock.Acquire(projectRoot, "mpleaflets edit (preview)", TimeSpan.FromSeconds(3));
            var project = ContentProject.Load(projectRoot);
            var language = project.Languages.Require(languageCode);
            var folder = Path.Combine(projectRoot, "output", "preview");
            var request = new BuildRequest(folder, [language], [documentId], Force: true, AllowEnglishFallback: true);
            if (PdfBuild.Documents(project, request).Count == 0) { return $"{documentId} is not a printed document: nothing to preview"; }
            var report = PdfBuild.Run(project, request);
            var lines = report.Items.Select(item => item.Outcome == BuildOutcome.Built
                ? $"{Path.Combine(folder, item.Path)}\n  {item.Message}"
                : item.Line).ToList();
            lines.AddRange(report.SummaryLines().Skip(1));
            return string.Join("\n", lines);
        }
        catch (ContentException e)
        {
            return e.Message;
        }
    }
}

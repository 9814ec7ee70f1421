using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Editor.Session;

/// <summary>The documents view: each English document and how complete it is in every language.</summary>
public static class DocumentsOverview
{
    /// <summary>
    /// Each document with its kind, version date and units, and per language the done units counted
    /// against the current English (as 'mpleaflets status' counts them).
    /// </summary>
    public static string Describe(IReadOnlyList<SegmentedDocument> documents, IReadOnlyList<LanguageBuffer> languages)
    {
        if (documents.Count == 0) { return "no English documents loaded"; }
        var lines = new List<string>();
        foreach (var document in documents)
        {
            var source = document.Source;
            lines.Add($"{document.Id} ({source.Kind.ToString().ToLowerInvariant()}, {source.Version:yyyy-MM-dd}, {document.Units.Count} units): {source.Title}");
            var perLanguage = languages.Select(l =>
            {
                if (!l.IsOpen) { return $"{l.Code} ?"; }
                var rows = l.Rows.Where(r => r.IsActive).ToDictionary(r => r.Id, StringComparer.Ordinal);
                var status = DocumentStatus.Count(l.Code, document, rows);
                var percent = status.Total == 0 ? 100 : status.Done * 100 / status.Total;
                return $"{l.Code} {percent}%{(status.Outdated > 0 ? $" ({status.Outdated} outdated)" : "")}";
            });
            lines.Add("  " + string.Join(" · ", perLanguage));
        }
        return string.Join("\n", lines);
    }
}

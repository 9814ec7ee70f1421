using MpLeaflets.Content;
using MpLeaflets.Documents.Build;
using MpLeaflets.Printing;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Documents.Printing;

/// <summary>One file of a pack as the print register keeps it: which language and document, and its units.</summary>
public sealed record PrintedPart(string File, string Sha256, string Language, string Document, IReadOnlyList<PrintedUnit> Units);

/// <summary>
/// What each part of a pack prints from the project as it is now, unit by unit, the way the build
/// decides it (<see cref="Localizer.Printable"/>): the translation where it may be printed, else the
/// English. The register stores this when a pack is printed, and compares it later to the project.
/// </summary>
public static class PrintedParts
{
    /// <summary>The pack's parts in print order: per language, its local details (with a place), then each document.</summary>
    public static IReadOnlyList<(string Language, string Document, string Path)> Of(ContentProject project, Pack pack)
    {
        var parts = new List<(string, string, string)>();
        foreach (var language in pack.Languages)
        {
            if (pack.PlaceId is not null) { parts.Add((language, PrintRecord.LocalDetails, PackBuild.RelativePath(pack.Id))); }
            foreach (var document in pack.Documents)
            {
                var kind = project.Documents.First(d => d.Id == document).Source.Kind;
                parts.Add((language, document, kind == DocumentKind.Leaflet ? PdfBuild.BookletPath(language, document) : PdfBuild.RelativePath(language, document, false)));
            }
        }
        return parts;
    }

    /// <summary>The units one document prints in one language now (null when the document or language is gone).</summary>
    public static IReadOnlyList<PrintedUnit>? Units(ContentProject project, string languageCode, string documentId, string? placeId)
    {
        var language = languageCode == EnglishLanguage.Code ? EnglishLanguage.Instance : project.Languages.Languages.FirstOrDefault(l => l.Code == languageCode);
        if (language is null) { return null; }
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var (rows, _) = PdfBuild.ReadRows(project, language);
        if (documentId == PrintRecord.LocalDetails)
        {
            var place = project.Places.FirstOrDefault(p => p.Id == placeId);
            if (place is null) { return null; }
            var sentences = (common?.Units ?? []).Where(u => u.Id == CommonStrings.UnitId("place-constituency") || u.Id == CommonStrings.UnitId("place-ask-mp"));
            return [.. sentences.Select(u => Unit(u, language, rows)), PrintedUnit.OfPlace(place)];
        }
        var document = project.Documents.FirstOrDefault(d => d.Id == documentId);
        return document is null ? null : Localizer.PrintedUnits(document, common).Select(u => Unit(u, language, rows)).ToList();
    }

    private static PrintedUnit Unit(Unit unit, Language language, IReadOnlyDictionary<string, TranslationRow> rows)
    {
        if (language.Code == EnglishLanguage.Code) { return PrintedUnit.Of(unit.Id, UnitStates.Source, unit.Source, ""); }
        return Localizer.Printable(rows, unit, language, out var row) is null && row is not null
            ? PrintedUnit.Of(unit.Id, row.State.ToCsv(), unit.Source, row.Translation)
            : PrintedUnit.Of(unit.Id, UnitStates.English, unit.Source, "");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;
using MpLeaflets.Typesetting.Pdf;

namespace MpLeaflets.Documents.Build;

/// <summary>
/// output/packs/&lt;pack&gt;.pdf: a cover sheet (contents by language, how to print, the place's local
/// details with the date they were checked), then each language's documents in order (leaflets as
/// their booklet sheets). Made from the documents just built; a pack missing one is skipped.
/// </summary>
internal static class PackBuild
{
    public const int StaleAfterDays = 180;

    public static string RelativePath(string packId) => $"packs/{PathIds.Require(packId)}.pdf";

    public static List<BuildItem> Run(ContentProject project, BuildRequest request,
        IReadOnlyDictionary<string, ManifestEntry> current, IReadOnlyDictionary<string, ManifestEntry> previous)
    {
        var items = new List<BuildItem>();
        foreach (var id in request.PackIds)
        {
            var pack = project.Packs.FirstOrDefault(p => p.Id == id)
                ?? throw new ArgumentException($"unknown pack '{id}'", nameof(request));
            items.Add(BuildOne(project, request, pack, current, previous));
        }

        return items;
    }

    private static BuildItem BuildOne(ContentProject project, BuildRequest request, Pack pack,
        IReadOnlyDictionary<string, ManifestEntry> current, IReadOnlyDictionary<string, ManifestEntry> previous)
    {
        var path = RelativePath(pack.Id);
        var place = pack.PlaceId is null ? null : project.Places.FirstOrDefault(p => p.Id == pack.PlaceId);
        var warning = place is not null && request.Today.DayNumber - place.CheckedOn.DayNumber > StaleAfterDays
            ? $"pack {pack.Id}: {place.Name} is in {place.Constituency} according to a check on {Iso(place.CheckedOn)}, more than {StaleAfterDays} days ago; check it again ({place.Source})"
            : null;

        // Parts in print order: per language, each document (the booklet for a leaflet).
        var parts = new List<ManifestEntry>();
        var missing = new List<string>();
        foreach (var language in pack.Languages)
        {
            foreach (var document in pack.Documents)
            {
                var kind = project.Documents.First(d => d.Id == document).Source.Kind;
                var part = kind == DocumentKind.Leaflet ? PdfBuild.BookletPath(language, document) : PdfBuild.RelativePath(language, document, false);
                if (current.TryGetValue(part, out var entry)) { parts.Add(entry); } else { missing.Add($"{language} {document}"); }
            }
        }

        if (missing.Count > 0)
        {
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Skipped,
                $"pack {pack.Id}: needs {string.Join(", ", missing)}, not built (see above)") { Warning = warning };
        }

        var inputs = Hash(pack, place, parts);
        var full = Path.Combine(request.OutputDirectory, path);
        if (!request.Force && previous.TryGetValue(path, out var old) && old.Inputs == inputs && File.Exists(full) && new FileInfo(full).Length == old.Bytes)
        {
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Unchanged, "", [old]) { Warning = warning };
        }

        try
        {
            var pages = AtomicFile.Write(full, stream => Write(project, request, pack, place, parts, stream));
            var units = parts.SelectMany(p => p.Units).GroupBy(u => u.Key).ToDictionary(g => g.Key, g => g.Sum(u => u.Value));
            var entry = PdfBuild.Entry(full, path, string.Join(",", pack.Languages), "pack:" + pack.Id, pages, inputs, units);
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Built, $"{pages} pages, {(entry.Bytes + 1023) / 1024} KB", [entry]) { Warning = warning };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Failed, $"pack {pack.Id}: {e.Message}") { Warning = warning };
        }
    }

    /// <summary>
    /// One tagged PDF: the cover, then per language its local details page and its documents typeset
    /// again from the same input (so they are the same pages as the files just built), leaflets imposed
    /// as booklet sheets. Each part is a Part of the structure tree with its own language.
    /// </summary>
    private static int Write(ContentProject project, BuildRequest request, Pack pack, Place? place, IReadOnlyList<ManifestEntry> parts, Stream output)
    {
        var version = project.Documents.Where(d => pack.Documents.Contains(d.Id)).Max(d => d.Source.Version);
        var metadata = new DocumentMetadata(pack.Title, Author: "MP Leaflets", Subject: pack.Title,
            Date: version.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var file = new PdfFile(metadata, EnglishLanguage.Code);
        Add(file, Cover(project, pack, place, parts), (EnglishLanguage.Code, pack.Title));
        foreach (var part in parts)
        {
            var language = part.Language == EnglishLanguage.Code ? EnglishLanguage.Instance : project.Languages.Require(part.Language);
            if (place is not null && parts.First(p => p.Language == part.Language) == part)
            {
                // The reader's own page of local details, laid out in the language's direction.
                Add(file, LocalDetails(project, language, place), (language.Code, place.Name));
            }

            var document = project.Documents.First(d => d.Id == part.Document);
            var typeset = PdfBuild.Typeset(project, request, language, document);
            var layout = typeset.Layout();
            var title = (language.Code, typeset.Settings.Metadata.Title);
            if (document.Source.Kind == DocumentKind.Leaflet)
            {
                file.AddImposed(layout, typeset.Settings.PageSize, PageSize.A4Landscape, Booklet.Sides(layout.PageCount, language.IsRightToLeft), title);
            }
            else
            {
                file.AddPages(layout, typeset.Settings.PageSize, title);
            }
        }

        output.Write(file.ToArray());
        return file.PageCount;
    }

    private static void Add(PdfFile file, TypesetDocument document, (string, string) part) =>
        file.AddPages(document.Layout(), document.Settings.PageSize, part);

    /// <summary>The cover sheet, in English for the person printing, with the place's details in each language.</summary>
    private static TypesetDocument Cover(ContentProject project, Pack pack, Place? place, IReadOnlyList<ManifestEntry> parts)
    {
        var english = Typography.English;
        var text = english.Text(11, 1.35f);
        var settings = english.Settings(PageSize.A4, Margins.Millimetres(18), 11, pack.Title);
        var doc = new TypesetDocument(settings);
        doc.Add(new Heading(pack.Title, 1, text));
        doc.Add(new Paragraph($"Pack {pack.Id} · for a {pack.For.Replace('-', ' ')} · {pack.Copies} copies of each document per language", text));

        if (place is not null)
        {
            doc.Add(new Heading("Local details", 2, text));
            var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
            doc.Add(new Paragraph(PlaceLine(place, null, EnglishLanguage.Instance, "place-constituency", common) + " " + PlaceLine(place, null, EnglishLanguage.Instance, "place-ask-mp", common), text));
            doc.Add(new Paragraph("Each language's documents start with a page of these details in that language: hand it out with the leaflet.", text));
        }

        doc.Add(new Heading("Contents", 2, text));
        foreach (var code in pack.Languages)
        {
            var language = project.Languages.Require(code);
            var list = parts.Where(p => p.Language == code)
                .Select(p => p.Path.EndsWith(".booklet.pdf", StringComparison.Ordinal)
                    ? $"{p.Document} (booklet: {p.Pages} A4 sheet sides)"
                    : $"{p.Document} ({p.Pages} A4 page{(p.Pages == 1 ? "" : "s")})");
            doc.Add(new ListItem(new Paragraph([new Span($"{language.EnglishName} ("), new Span(language.NativeName, Language: code, Fonts: new Typography(language).Fonts), new Span("): " + string.Join(", ", list))], text)));
        }

        doc.Add(new Heading("How to print", 2, text));
        doc.Add(new ListItem(new Paragraph("Paper: A4, black and white. Print this cover sheet once; do not hand it out.", text)));
        doc.Add(new ListItem(new Paragraph("Leaflet booklets: duplex, flip on short edge; fold the sheets in half together and staple on the fold. Right-to-left languages (Arabic script) open from the right: that is intended.", text)));
        doc.Add(new ListItem(new Paragraph("Checklists and consent forms: single-sided, one page each. Give a blank consent form to each person; never pre-fill it.", text)));
        doc.Add(new ListItem(new Paragraph($"Copies: {pack.Copies} of each document in each language.", text)));
        return doc;
    }

    private static TypesetDocument LocalDetails(ContentProject project, Language language, Place place)
    {
        var type = new Typography(language);
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var (rows, _) = PdfBuild.ReadRows(project, language);
        var doc = new TypesetDocument(type.Settings(PageSize.A4, Margins.Millimetres(25), 16, place.Name));
        doc.Add(new Heading(place.Name, 1, type.Text(16)));
        doc.Add(new Paragraph(PlaceLine(place, rows, language, "place-constituency", common), type.Text(16)));
        doc.Add(new Paragraph(PlaceLine(place, rows, language, "place-ask-mp", common), type.Text(16)) { SpaceAfter = BlockFactory.Mm(12) });
        var english = Typography.English.Text(12);
        doc.Add(new Paragraph(PlaceLine(place, null, language, "place-constituency", common) + " " + PlaceLine(place, null, language, "place-ask-mp", common), english));
        return doc;
    }

    private static string PlaceLine(Place place, IReadOnlyDictionary<string, TranslationRow>? rows, Language language, string id, Units.SegmentedDocument? common)
    {
        var unit = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id));
        var template = unit is null ? CommonStrings.English(id) : Localizer.TextOrEnglish(rows, unit, language);
        return template.Replace("{{place}}", place.Name, StringComparison.Ordinal)
            .Replace("{{constituency}}", place.Constituency, StringComparison.Ordinal)
            .Replace("{{date}}", Iso(place.CheckedOn), StringComparison.Ordinal);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Hash(Pack pack, Place? place, IEnumerable<ManifestEntry> parts)
    {
        var sb = new StringBuilder(PdfBuild.Engine).Append('\n');
        sb.AppendJoin('\u001f', pack.Id, pack.Title, pack.For, pack.PlaceId ?? "", string.Join(',', pack.Languages), string.Join(',', pack.Documents), pack.Copies).Append('\n');
        if (place is not null)
        {
            sb.AppendJoin('\u001f', place.Id, place.Name, place.Constituency, Iso(place.CheckedOn), place.Source).Append('\n');
        }

        foreach (var part in parts) { sb.Append(part.Path).Append('=').Append(part.Sha256).Append('\n'); }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

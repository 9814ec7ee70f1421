using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Documents.Packs;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Pdf;
using MpLeaflets.Typesetting.Text;
using MpLeaflets.Typesetting;

namespace MpLeaflets.Documents.Build;

/// <summary>
/// output/packs/&lt;pack&gt;.pdf: a cover sheet (how to print each page range, the place's local
/// details with the date they were checked, the contents with exact pages), the leaflets of every
/// language as booklet sheets, then each language's local details page, checklist and forms. Made
/// from the documents just built; a pack missing one is skipped.
/// </summary>
internal static class PackBuild
{
    public const int StaleAfterDays = 180;

    /// <summary>The folder of output the packs go to.</summary>
    public const string Folder = "packs";

    public static string RelativePath(string packId) => $"{Folder}/{PathIds.Require(packId)}.pdf";

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

        var inputs = Hash(project, pack, place, parts);
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
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Built, $"{BuildItem.Pages(pages)}, {(entry.Bytes + 1023) / 1024} KB", [entry]) { Warning = warning };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new BuildItem("packs", pack.Id, path, BuildOutcome.Failed, $"pack {pack.Id}: {e.Message}") { Warning = warning };
        }
    }

    /// <summary>
    /// One tagged PDF in three page ranges, one per way of printing: the cover (print once), every
    /// language's leaflet booklet sheets (A4 landscape, both sides, flip on short edge), then per
    /// language its local details page, checklist and forms (A4 portrait, both sides, flip on long
    /// edge). Every range, booklet and document starts on a front side: the cover and each
    /// portrait document are padded with a blank page to whole sheets, so no booklet or form shifts
    /// out of its front/back pairing. Documents are typeset again from the same input as the files
    /// just built (so the same pages); each is a Part of the structure tree with its own language.
    /// </summary>
    private static int Write(ContentProject project, BuildRequest request, Pack pack, Place? place, IReadOnlyList<ManifestEntry> parts, Stream output)
    {
        var version = project.Documents.Where(d => pack.Documents.Contains(d.Id)).Max(d => d.Source.Version);
        var metadata = new DocumentMetadata(pack.Title, Author: "MP Leaflets", Subject: pack.Title,
            Date: version.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var booklets = new List<PackPart>();
        var sheets = new List<PackPart>();
        foreach (var code in pack.Languages)
        {
            var language = code == EnglishLanguage.Code ? EnglishLanguage.Instance : project.Languages.Require(code);
            if (place is not null)
            {
                var (rows, _) = PdfBuild.ReadRows(project, language);
                sheets.Add(PackPart.Of(language, LocalDetailsPage.Build(common, language, rows, place), PackCover.LocalDetailsTitle, booklet: false));
            }

            foreach (var part in parts.Where(p => p.Language == code))
            {
                var document = project.Documents.First(d => d.Id == part.Document);
                var typeset = PdfBuild.Typeset(project, request, language, document);
                var leaflet = document.Source.Kind == DocumentKind.Leaflet;
                (leaflet ? booklets : sheets).Add(PackPart.Of(language, typeset, document.Source.Title, leaflet));
            }
        }

        // The cover's length decides where everything after it starts: lay it out until that agrees.
        var coverPages = 2;
        TypesetDocument cover;
        LayoutResult coverLayout;
        while (true)
        {
            var plan = PackPlan.Of(coverPages, booklets, sheets);
            cover = PackCover.Build(project, pack, place, plan);
            coverLayout = cover.Layout();
            var padded = PackPart.WholeSheets(coverLayout.PageCount);
            if (padded == coverPages) { break; }
            coverPages = padded;
        }

        var file = new PdfFile(metadata, EnglishLanguage.Code);
        file.AddPages(coverLayout, cover.Settings.PageSize, (EnglishLanguage.Code, pack.Title));
        PadToWholeSheet(file, coverLayout.PageCount, cover.Settings.PageSize);
        foreach (var part in booklets)
        {
            file.AddImposed(part.Layout, part.PageSize, PageSize.A4Landscape, part.Sides!, (part.Language.Code, part.Title));
        }

        foreach (var part in sheets)
        {
            file.AddPages(part.Layout, part.PageSize, (part.Language.Code, part.Title));
            PadToWholeSheet(file, part.Layout.PageCount, part.PageSize);
        }

        output.Write(file.ToArray());
        return file.PageCount;
    }

    private static void PadToWholeSheet(PdfFile file, int pages, PageSize size)
    {
        if (pages % 2 == 1) { file.AddBlankPage(size); }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What a pack file is made of: the pack, its place, its documents' files, and the text
    /// each language's local details page prints (which no document file holds).</summary>
    internal static string Hash(ContentProject project, Pack pack, Place? place, IEnumerable<ManifestEntry> parts)
    {
        var sb = new StringBuilder(PdfBuild.Engine).Append('\n');
        sb.AppendJoin('\u001f', pack.Id, pack.Title, pack.For, pack.PlaceId ?? "", string.Join(',', pack.Languages), string.Join(',', pack.Documents), pack.Copies).Append('\n');
        if (place is not null)
        {
            sb.AppendJoin('\u001f', place.Id, place.Name, place.Constituency, Iso(place.CheckedOn), place.Source).Append('\n');
            foreach (var language in pack.Languages)
            {
                foreach (var unit in Printing.PrintedParts.Units(project, language, MpLeaflets.Printing.PrintRecord.LocalDetails, place.Id) ?? [])
                {
                    sb.AppendJoin('\u001f', language, unit.Id, unit.State, unit.Text).Append('\n');
                }
            }
        }

        foreach (var part in parts) { sb.Append(part.Path).Append('=').Append(part.Sha256).Append('\n'); }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

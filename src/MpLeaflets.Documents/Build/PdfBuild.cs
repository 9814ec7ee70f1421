using System.Security.Cryptography;
using MpLeaflets.Content;
using MpLeaflets.Storage;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting;
using MpLeaflets.Units;

namespace MpLeaflets.Documents.Build;

/// <summary>
/// mpleaflets build: every requested document in every requested language, in parallel, each PDF
/// written atomically; unchanged inputs are not rebuilt; one failure does not stop the others.
/// output/manifest.json describes only files that are there, whole and as listed, at every moment:
/// the entries of files about to be rewritten are taken out before any is written, and the full
/// manifest is written last. A document that is skipped or fails loses its old PDF too, so no file
/// made from English or translations that have since changed is left to be printed by mistake.
/// The caller holds the project's write lock (<see cref="Storage.ProjectLock"/>).
/// </summary>
public static class PdfBuild
{
    public static BuildReport Run(ContentProject project, BuildRequest request, Action<BuildItem>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        Directory.CreateDirectory(request.OutputDirectory);
        // Temporary files in the folders a build writes are a killed build's (this one runs under the
        // project's lock). Only those folders: the output folder may be one that holds other things.
        foreach (var folder in new[] { "", PackBuild.Folder, EnglishLanguage.Code }.Concat(project.Languages.Languages.Select(l => l.Code)))
        {
            AtomicFile.RemoveStale(Path.Combine(request.OutputDirectory, folder), recursive: false);
        }
        var manifestPath = Path.Combine(request.OutputDirectory, Manifest.FileName);
        var previous = Manifest.Read(manifestPath);
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var documents = Documents(project, request);

        // Translation files are read once per language, before any work starts.
        var jobs = new List<Job>();
        foreach (var language in request.Languages)
        {
            var (rows, problem) = ReadRows(project, language);
            jobs.AddRange(documents.Select(d => Plan(new Job(language, d, rows, problem), common, request, previous)));
        }

        var rewritten = jobs.Where(j => j.Unchanged is null).SelectMany(j => j.Paths)
            .Concat(request.PackIds.Select(PackBuild.RelativePath)).ToHashSet(StringComparer.Ordinal);
        if (previous.Keys.Any(rewritten.Contains))
        {
            Manifest.Write(manifestPath, previous.Values.Where(e => !rewritten.Contains(e.Path)));
        }

        var results = new BuildItem[jobs.Count];
        var gate = new object();
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallelism) }, i =>
        {
            var item = BuildOne(jobs[i], common, request);
            results[i] = item;
            if (progress is not null)
            {
                lock (gate) { progress(item); }
            }
        });

        // Entries of the documents this build looked at are replaced; the rest (other languages) stay.
        var done = results.Select(r => (r.Language, r.Document)).ToHashSet();
        var current = previous.Values.Where(e => !done.Contains((e.Language, e.Document)) || !SameKind(e.Path, request.LargePrint))
            .Concat(results.SelectMany(r => r.Entries ?? []))
            .ToDictionary(e => e.Path, StringComparer.Ordinal);

        var packs = PackBuild.Run(project, request, current, previous);
        foreach (var pack in packs)
        {
            progress?.Invoke(pack);
            current.Remove(pack.Path);
            foreach (var entry in pack.Entries ?? []) { current[entry.Path] = entry; }
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            if (results[i].Outcome is BuildOutcome.Skipped or BuildOutcome.Failed) { RemoveOld(request.OutputDirectory, jobs[i].Paths); }
        }
        foreach (var pack in packs.Where(p => p.Outcome is BuildOutcome.Skipped or BuildOutcome.Failed))
        {
            RemoveOld(request.OutputDirectory, [pack.Path]);
        }

        Manifest.Write(manifestPath, current.Values);
        return new BuildReport([.. results, .. packs]);
    }

    /// <summary>The documents a request builds, in print order.</summary>
    public static IReadOnlyList<SegmentedDocument> Documents(ContentProject project, BuildRequest request) =>
        project.Documents
            .Where(d => DocumentBuilder.IsPrinted(d.Source.Kind) && (request.DocumentIds is null || request.DocumentIds.Contains(d.Id)))
            .ToList();

    public static string RelativePath(string language, string document, bool largePrint) =>
        $"{PathIds.Require(language)}/{PathIds.Require(document)}{(largePrint ? ".large-print" : "")}.pdf";

    internal static readonly string Engine =
        typeof(Typesetting.TypesetDocument).Assembly.ManifestModule.ModuleVersionId + "/" + typeof(PdfBuild).Assembly.ManifestModule.ModuleVersionId;

    public static string BookletPath(string language, string document) => $"{PathIds.Require(language)}/{PathIds.Require(document)}.booklet.pdf";

    private static bool SameKind(string path, bool largePrint) => path.EndsWith(".large-print.pdf", StringComparison.Ordinal) == largePrint;

    /// <summary>Leaflets (not large print) are also imposed as a booklet.</summary>
    private static bool HasBooklet(SegmentedDocument document, bool largePrint) => !largePrint && document.Source.Kind == DocumentKind.Leaflet;

    private sealed record Job(Language Language, SegmentedDocument Document, IReadOnlyDictionary<string, TranslationRow> Rows, string? Problem)
    {
        /// <summary>The files this job writes: the PDF, and the booklet of a leaflet.</summary>
        public IReadOnlyList<string> Paths { get; init; } = [];

        public string Inputs { get; init; } = "";

        /// <summary>The manifest entries, when the files are there and their inputs have not changed.</summary>
        public IReadOnlyList<ManifestEntry>? Unchanged { get; init; }
    }

    /// <summary>Works out, before anything is written, whether a job's files must be written again.</summary>
    private static Job Plan(Job job, SegmentedDocument? common, BuildRequest request, IReadOnlyDictionary<string, ManifestEntry> previous)
    {
        var (code, id) = (PathIds.Require(job.Language.Code), PathIds.Require(job.Document.Id));
        var path = RelativePath(code, id, request.LargePrint);
        string[] paths = HasBooklet(job.Document, request.LargePrint) ? [path, BookletPath(code, id)] : [path];
        if (job.Problem is not null) { return job with { Paths = paths }; }
        var inputs = InputHash.Of(job.Language, job.Document, common, job.Rows, request);
        var old = paths.Select(p => previous.GetValueOrDefault(p)).ToList();
        var unchanged = !request.Force && old.All(e => e is not null && e.Inputs == inputs && File.Exists(Path.Combine(request.OutputDirectory, e.Path))
            && new FileInfo(Path.Combine(request.OutputDirectory, e.Path)).Length == e.Bytes);
        return job with { Paths = paths, Inputs = inputs, Unchanged = unchanged ? old.Select(e => e!).ToList() : null };
    }

    /// <summary>The files of a document or pack that was skipped or failed: made from inputs that are no longer printable.</summary>
    private static void RemoveOld(string outputDirectory, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(outputDirectory, path);
            if (File.Exists(full)) { File.Delete(full); }
        }
    }

    internal static (IReadOnlyDictionary<string, TranslationRow> Rows, string? Problem) ReadRows(ContentProject project, Language language)
    {
        if (language.Code == EnglishLanguage.Code)
        {
            return (new Dictionary<string, TranslationRow>(), null);
        }

        try
        {
            return (Localizer.RowsById(project.ReadTranslations(language)), null);
        }
        catch (ContentException e)
        {
            return (new Dictionary<string, TranslationRow>(), e.Message);
        }
    }

    private static BuildItem BuildOne(Job job, SegmentedDocument? common, BuildRequest request)
    {
        var (language, document) = (job.Language, job.Document);
        var path = job.Paths[0];
        var full = Path.Combine(request.OutputDirectory, path);
        var label = $"{language.Code} {document.Id}";
        if (job.Problem is not null)
        {
            return new BuildItem(language.Code, document.Id, path, BuildOutcome.Skipped, $"{label}: {job.Problem}");
        }

        if (job.Unchanged is { } unchanged)
        {
            return new BuildItem(language.Code, document.Id, path, BuildOutcome.Unchanged, "", unchanged);
        }

        var inputs = job.Inputs;
        var localization = Localizer.Localize(document, common, language, job.Rows, request.AllowEnglishFallback);
        if (localization.Document is not { } localized)
        {
            return new BuildItem(language.Code, document.Id, path, BuildOutcome.Skipped, localization.SkipReason!);
        }

        try
        {
            return Write(localized, path, full, inputs, request.LargePrint, request.OutputDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new BuildItem(language.Code, document.Id, path, BuildOutcome.Failed, $"{label}: {e.Message}");
        }
    }

    private static BuildItem Write(LocalizedDocument doc, string path, string full, string inputs, bool largePrint, string outputDirectory)
    {
        var (code, id) = (doc.Language.Code, doc.Document.Id);
        var typeset = DocumentBuilder.Build(doc, largePrint);
        using var buffer = new MemoryStream();
        var result = typeset.WriteTo(buffer);
        var limit = DocumentBuilder.PageLimit(doc.Document.Source.Kind, largePrint);
        if (limit is { } max && result.PageCount > max)
        {
            // Content of every page minus what the allowed pages hold: how much must go.
            var s = typeset.Settings;
            var capacity = Typesetting.Layout.Points.ToMm(s.PageSize.Height - s.Margins.Top - s.Margins.Bottom) * max;
            var over = Math.Max(0.1f, result.Layout.OverflowMillimetres(0) - capacity);
            return new BuildItem(code, id, path, BuildOutcome.Failed,
                $"{code} {id}: does not fit on both sides of one A4 sheet: it overflows by {over:0.#} mm ({result.PageCount} pages); shorten the text or the translation");
        }

        if (result.Layout.Overflows.Count > 0)
        {
            return new BuildItem(code, id, path, BuildOutcome.Failed, $"{code} {id}: {string.Join("; ", result.Layout.Overflows)}");
        }

        AtomicFile.WriteAllBytes(full, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        var entries = new List<ManifestEntry> { Entry(full, path, code, id, result.PageCount, inputs, doc.States) };
        if (HasBooklet(doc.Document, largePrint))
        {
            var booklet = BookletPath(code, id);
            var bookletFull = Path.Combine(outputDirectory, booklet);
            var sheets = AtomicFile.Write(bookletFull, stream => Booklet.Impose(result.Layout, typeset.Settings, stream, doc.Language.IsRightToLeft, doc.Document.Source.Version));
            entries.Add(Entry(bookletFull, booklet, code, id, sheets, inputs, doc.States));
        }

        var notes = (limit is not null && result.PageCount == 2 ? ", both sides of one sheet" : "")
            + (doc.UsesEnglishFallback ? ", some English" : doc.NeedsReviewNotice ? ", not reviewed" : "");
        var bytes = entries[0].Bytes;
        return new BuildItem(code, id, path, BuildOutcome.Built, $"{BuildItem.Pages(result.PageCount)}, {(bytes + 1023) / 1024} KB{notes}", entries);
    }

    /// <summary>A built document typeset again (for a pack): the same input gives the same pages.</summary>
    internal static TypesetDocument Typeset(ContentProject project, BuildRequest request, Language language, SegmentedDocument document)
    {
        var (rows, problem) = ReadRows(project, language);
        var common = project.Documents.FirstOrDefault(d => d.Id == CommonStrings.DocumentId);
        var localized = problem is null ? Localizer.Localize(document, common, language, rows, request.AllowEnglishFallback).Document : null;
        return localized is null
            ? throw new DocumentBuildException($"{language.Code} {document.Id} can no longer be printed")
            : DocumentBuilder.Build(localized, largePrint: false);
    }

    internal static ManifestEntry Entry(string full, string path, string code, string id, int pages, string inputs, IReadOnlyDictionary<string, int> states)
    {
        using var read = File.OpenRead(full);
        var sha = Convert.ToHexStringLower(SHA256.HashData(read));
        return new ManifestEntry(path, code, id, pages, read.Length, sha, inputs, states);
    }
}

using MpLeaflets.Content;

namespace MpLeaflets.Documents.Build;

/// <summary>What to build: languages (English included when asked), documents (null: all printed ones), where, and how.</summary>
public sealed record BuildRequest(
    string OutputDirectory,
    IReadOnlyList<Language> Languages,
    IReadOnlyList<string>? DocumentIds = null,
    bool Force = false,
    bool AllowEnglishFallback = false,
    bool LargePrint = false)
{
    /// <summary>Packs to build after the documents (ids from packs.yaml); empty: none.</summary>
    public IReadOnlyList<string> PackIds { get; init; } = [];

    /// <summary>The day the 180-day check of a place's facts counts from.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Documents built at once; by default one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

public enum BuildOutcome
{
    Built,
    Unchanged,
    Skipped,
    Failed,
}

/// <summary>What happened to one document in one language: its file (and booklet), or why not.</summary>
public sealed record BuildItem(string Language, string Document, string Path, BuildOutcome Outcome, string Message, IReadOnlyList<ManifestEntry>? Entries = null)
{
    /// <summary>Something to check before printing (e.g. a place's facts checked long ago).</summary>
    public string? Warning { get; init; }

    /// <summary>One plain line for logs and non-terminal output.</summary>
    public string Line => Outcome switch
    {
        BuildOutcome.Built => $"built      {Path}  {Message}",
        BuildOutcome.Unchanged => $"unchanged  {Path}",
        BuildOutcome.Skipped => $"skipped    {Message}",
        _ => $"failed     {Message}",
    };

    /// <summary>"1 page", "7 pages": how a built file's length is told.</summary>
    public static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";
}

/// <summary>Every item of one build, in language and document order.</summary>
public sealed class BuildReport(IReadOnlyList<BuildItem> items)
{
    public IReadOnlyList<BuildItem> Items { get; } = items;

    public int Count(BuildOutcome outcome) => Items.Count(i => i.Outcome == outcome);

    public bool HasFailures => Count(BuildOutcome.Failed) > 0;

    public IEnumerable<string> SummaryLines()
    {
        yield return $"{Count(BuildOutcome.Built)} built, {Count(BuildOutcome.Unchanged)} unchanged, "
            + $"{Count(BuildOutcome.Skipped)} skipped, {Count(BuildOutcome.Failed)} failed";
        if (Count(BuildOutcome.Built) == 0 && Count(BuildOutcome.Unchanged) > 0 && !HasFailures)
        {
            yield return "nothing changed since the last build (use --force to rebuild)";
        }

        var warnings = Items.Where(i => i.Warning is not null).ToList();
        if (warnings.Count > 0)
        {
            yield return "warnings:";
            foreach (var item in warnings) { yield return "  " + item.Warning; }
        }

        foreach (var outcome in new[] { BuildOutcome.Skipped, BuildOutcome.Failed })
        {
            var items = Items.Where(i => i.Outcome == outcome).ToList();
            if (items.Count > 0)
            {
                yield return outcome == BuildOutcome.Skipped ? "skipped:" : "failed:";
                foreach (var item in items) { yield return "  " + item.Message; }
            }
        }
    }
}

using MpLeaflets.Content;
using MpLeaflets.Printing;

namespace MpLeaflets.Documents.Printing;

/// <summary>One document in one language of a printed pack that no longer matches the project.</summary>
/// <param name="Changed">Units added, removed, or with other English or another translation since.</param>
/// <param name="FactChanged">One of them has other facts: a number, phone number, web or e-mail address, a constituency or date.</param>
public sealed record StalePart(string Language, string Document, int Changed, bool FactChanged);

/// <summary>A print run whose paper is out of date, and which of its parts.</summary>
public sealed record StalePrint(int Print, DateOnly PrintedOn, string Pack, string Place, int Copies, IReadOnlyList<StalePart> Parts);

/// <summary>
/// The recall list: printed packs whose paper no longer says what the project says. For each pack
/// and place only the latest print run counts (printing the pack again for the same place replaces
/// the paper there). Compared unit by unit with what the project would print now.
/// </summary>
public static class Recall
{
    public static IReadOnlyList<StalePrint> OutOfDate(ContentProject project, IReadOnlyList<PrintRecord> log)
    {
        var stale = new List<StalePrint>();
        var latest = log.GroupBy(r => (r.Pack, r.Place)).Select(g => g.Max(r => r.Print)).ToHashSet();
        foreach (var run in log.Where(r => latest.Contains(r.Print)).GroupBy(r => r.Print).OrderBy(g => g.Key))
        {
            var parts = run.Where(r => r.Document != PrintRecord.PackFile)
                .Select(r => Compare(r, PrintedParts.Units(project, r.Language, r.Document, PlaceOf(r))))
                .OfType<StalePart>().ToList();
            if (parts.Count == 0) { continue; }
            var first = run.First();
            stale.Add(new StalePrint(first.Print, first.PrintedOn, first.Pack, first.Place, first.Copies, parts));
        }
        return stale;
    }

    /// <summary>The place whose details a page of local details printed (the run's --place may name it otherwise).</summary>
    private static string? PlaceOf(PrintRecord record) =>
        record.Units.Select(u => u.Id).FirstOrDefault(id => id.StartsWith(PrintedUnit.PlacePrefix, StringComparison.Ordinal))?[PrintedUnit.PlacePrefix.Length..];

    /// <summary>
    /// A unit's id is a hash of its English, so an edited sentence is a unit gone and a unit new: it counts
    /// once (removed and added units pair up), and its facts changed only if the facts gone are not the
    /// facts come (a reworded sentence around the same phone number changed no fact).
    /// </summary>
    private static StalePart? Compare(PrintRecord printed, IReadOnlyList<PrintedUnit>? now)
    {
        var before = printed.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var after = (now ?? []).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var edited = before.Values.Where(b => after.TryGetValue(b.Id, out var a) && a.Text != b.Text).ToList();
        var gone = before.Values.Where(b => !after.ContainsKey(b.Id)).ToList();
        var come = after.Values.Where(a => !before.ContainsKey(a.Id)).ToList();
        var changed = edited.Count + Math.Max(gone.Count, come.Count);
        if (changed == 0) { return null; }
        var fact = edited.Any(b => after[b.Id].Facts != b.Facts)
            || !Facts(gone).SequenceEqual(Facts(come), StringComparer.Ordinal);
        return new StalePart(printed.Language, printed.Document, changed, fact);
    }

    private static IEnumerable<string> Facts(IEnumerable<PrintedUnit> units) =>
        units.Where(u => u.HasFacts).Select(u => u.Facts).Order(StringComparer.Ordinal);
}

namespace MpLeaflets.Translations;

/// <summary>Who signed off how many units of one language, and between which days (for 'status').</summary>
public sealed record SignOffSummary(string Reviewer, int Units, DateOnly First, DateOnly Last)
{
    /// <summary>Reviewed units grouped by reviewer, the most recent review first.</summary>
    public static IReadOnlyList<SignOffSummary> Of(IEnumerable<TranslationRow> rows) =>
        rows.Where(r => r.State == TranslationState.Reviewed && r.Review is not null)
            .GroupBy(r => r.Review!.Reviewer, StringComparer.Ordinal)
            .Select(g => new SignOffSummary(g.Key, g.Count(), g.Min(r => r.Review!.On), g.Max(r => r.Review!.On)))
            .OrderByDescending(s => s.Last).ThenBy(s => s.Reviewer, StringComparer.Ordinal)
            .ToList();

    /// <summary>"Amina Hassan: 24 units, 2026-03-01 to 2026-03-02".</summary>
    public override string ToString()
    {
        var days = First == Last ? SignOff.Iso(Last) : $"{SignOff.Iso(First)} to {SignOff.Iso(Last)}";
        return $"{Reviewer}: {Units} unit{(Units == 1 ? "" : "s")}, {days}";
    }
}

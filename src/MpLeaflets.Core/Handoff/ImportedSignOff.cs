using MpLeaflets.Translations;

namespace MpLeaflets.Handoff;

/// <summary>
/// The sign-off a returned spreadsheet gives a unit its reviewer marked reviewed: the name in the
/// reviewer column (required: 'reviewed' says nothing without who), the day in reviewed_on (or the
/// day of the import when the reviewer left it empty).
/// </summary>
internal static class ImportedSignOff
{
    public static SignOff? Of(HandoffRow row, DateOnly today, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(row.Reviewer))
        {
            problem = "marked reviewed without a name in the reviewer column; write who checked it (a native speaker) there, or leave the state as it was";
            return null;
        }
        if (string.IsNullOrWhiteSpace(row.ReviewedOn)) { return new SignOff(row.Reviewer.Trim(), today); }
        if (SignOff.TryParseDate(row.ReviewedOn, out var on) && on <= today) { return new SignOff(row.Reviewer.Trim(), on); }
        problem = $"the reviewed_on date '{row.ReviewedOn}' is not a day written YYYY-MM-DD, up to today (a spreadsheet may have re-typed it: format the column as text)";
        return null;
    }
}

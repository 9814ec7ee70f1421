namespace MpLeaflets.Translations;

/// <summary>Reads the reviewer and reviewed_on columns: both filled (a name and a YYYY-MM-DD date) or both empty.</summary>
internal static class SignOffColumns
{
    public static SignOff? Read(string id, string reviewer, string date, int line, string displayName)
    {
        if (reviewer.Trim().Length == 0 && date.Trim().Length == 0) { return null; }
        if (reviewer.Trim().Length == 0)
        {
            throw new ContentException(displayName, line, $"unit {id} has a reviewed_on date but no reviewer",
                "Write the reviewer's name in the reviewer column, or empty reviewed_on too; the file was not changed");
        }
        if (!SignOff.TryParseDate(date, out var on))
        {
            throw new ContentException(displayName, line,
                date.Trim().Length == 0 ? $"unit {id} has a reviewer but no reviewed_on date" : $"the reviewed_on date '{date}' of unit {id} is not a date written YYYY-MM-DD",
                "Write the day of the review as YYYY-MM-DD (e.g. 2026-03-01); the file was not changed");
        }
        return new SignOff(reviewer.Trim(), on);
    }
}

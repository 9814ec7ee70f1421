using System.Globalization;

namespace MpLeaflets.Translations;

/// <summary>
/// Who checked a translation as a native speaker, and on which day: the reviewer and reviewed_on
/// columns of translations/&lt;lang&gt;.csv. It belongs to the translation text it was given for: kept
/// while that text is kept (reviewed, and outdated or obsolete when the English moved on), and
/// dropped when the text is edited or the unit is marked translated again.
/// </summary>
public sealed record SignOff(string Reviewer, DateOnly On)
{
    public const string DateFormat = "yyyy-MM-dd";

    public string Date => Iso(On);

    /// <summary>A day as YYYY-MM-DD, whatever the machine's culture (its calendar could be another).</summary>
    public static string Iso(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"Amina Hassan, 2026-03-02".</summary>
    public override string ToString() => $"{Reviewer}, {Date}";
}

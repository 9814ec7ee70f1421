namespace MpLeaflets.Handoff;

/// <summary>
/// Stops a spreadsheet from running a cell as a formula (CSV injection, OWASP): a cell starting with
/// '=', '+', '-', '@', tab or CR gets a leading apostrophe in the spreadsheet copy only, and import
/// removes it. Weblate kept such escapes in its stored text and leaked quotes into repositories
/// (#4488, #20098), so the canonical translations/*.csv never holds one.
/// </summary>
public static class FormulaEscape
{
    private const char Mark = '\'';

    /// <summary>
    /// A cell that is already an escaped cell ("'=x") is escaped once more ("''=x"), so that
    /// <see cref="Remove"/> is the exact inverse of <see cref="Apply"/> for every text.
    /// </summary>
    public static string Apply(string cell) => NeedsEscape(cell) ? Mark + cell : cell;

    public static string Remove(string cell) =>
        cell.Length > 1 && cell[0] == Mark && NeedsEscape(cell[1..]) ? cell[1..] : cell;

    public static bool NeedsEscape(string cell)
    {
        var start = 0;
        while (start < cell.Length && cell[start] == Mark) { start++; }
        return start < cell.Length && cell[start] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}

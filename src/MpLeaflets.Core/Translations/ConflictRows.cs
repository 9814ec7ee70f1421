namespace MpLeaflets.Translations;

/// <summary>
/// How a unit left in conflict by a merge is kept in translations/&lt;lang&gt;.csv: two adjacent rows
/// with the same id, each a whole version (its English, translation, state and sign-off), the
/// conflict column saying 'ours' (the branch merged into) and 'theirs' (the branch merged in).
/// Git's &lt;&lt;&lt;&lt;&lt;&lt;&lt; markers would make the file unreadable as CSV; these rows every
/// command can read, and the checks keep the unit from being printed until one version is chosen.
/// </summary>
public static class ConflictRows
{
    public const string Ours = "ours";
    public const string Theirs = "theirs";

    public static string ReadMarker(string id, string cell, int line, string displayName) => cell switch
    {
        "" or Ours or Theirs => cell,
        _ => throw new ContentException(displayName, line, $"unknown value '{cell}' in the conflict column of unit {id}",
            "Leave it empty; only a merge writes 'ours' or 'theirs' there, on two rows of the same unit; the file was not changed"),
    };

    /// <summary>The 'ours' row at <paramref name="index"/> with the 'theirs' row after it.</summary>
    internal static TranslationRow Pair(IReadOnlyList<(TranslationRow Row, string Conflict)> rows, int index, string displayName)
    {
        var (ours, marker) = rows[index];
        if (marker == Theirs)
        {
            throw new ContentException(displayName, ours.Line, $"the row of unit {ours.Id} marked 'theirs' does not follow a row of the same unit marked 'ours'",
                "Keep the version you want, empty its conflict column and delete the other row; the file was not changed");
        }
        if (index + 1 >= rows.Count || rows[index + 1].Conflict != Theirs || rows[index + 1].Row.Id != ours.Id)
        {
            throw new ContentException(displayName, ours.Line, $"the row of unit {ours.Id} marked 'ours' is not followed by a row of the same unit marked 'theirs'",
                "Empty the conflict column of this row if it is the version to keep; the file was not changed");
        }
        return ours with { Theirs = rows[index + 1].Row };
    }

    /// <summary>Which version a person chose for a unit in conflict.</summary>
    public enum Side { Ours, Theirs }

    /// <summary>
    /// The unit with the chosen version only. Their version may have been made from other English
    /// than the current one (the merge kept each side whole): it then comes back outdated, with the
    /// English it was made from, as a sync would make it.
    /// </summary>
    public static TranslationRow Choose(TranslationRow row, Side side)
    {
        if (row.Theirs is not { } theirs) { return row; }
        if (side == Side.Ours) { return row with { Theirs = null }; }
        var chosen = theirs with { Id = row.Id, Line = row.Line, Note = row.Note };
        if (chosen.Source == row.Source) { return chosen; }
        var madeFrom = chosen.PreviousSource.Length > 0 ? chosen.PreviousSource : chosen.Source;
        return chosen.Translation.Length == 0
            ? chosen with { Source = row.Source, State = TranslationState.Untranslated, PreviousSource = "", Review = null }
            : chosen with { Source = row.Source, State = TranslationState.Outdated, PreviousSource = madeFrom };
    }
}

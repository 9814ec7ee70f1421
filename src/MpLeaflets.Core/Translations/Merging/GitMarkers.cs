namespace MpLeaflets.Translations.Merging;

/// <summary>
/// Git's conflict markers in a translation file: it was merged line by line, without the merge
/// driver. Said plainly, instead of as a CSV error about columns.
/// </summary>
internal static class GitMarkers
{
    public static void Refuse(string text, string displayName)
    {
        var line = 1;
        foreach (var raw in text.Split('\n'))
        {
            if (raw.StartsWith("<<<<<<< ", StringComparison.Ordinal) || raw == "<<<<<<<")
            {
                throw new ContentException(displayName, line, "git's conflict markers (<<<<<<<) are in this file: it was merged line by line, not by unit",
                    "Run 'git merge --abort' (or 'git checkout --ours' the file), then 'mpleaflets setup-git', and merge again: the merge driver merges by unit id and keeps real conflicts in a form the editor can resolve");
            }
            line++;
        }
    }
}

namespace MpLeaflets.Cli;

/// <summary>Finds the project root: --project DIR, or the nearest folder at or above the current
/// one that holds content/languages.csv, so commands work from any folder inside the project.</summary>
public static class ProjectLocator
{
    public static string Find(string? explicitDirectory, string currentDirectory)
    {
        if (explicitDirectory is not null)
        {
            var full = Path.GetFullPath(explicitDirectory, currentDirectory);
            if (!File.Exists(Path.Combine(full, "content", "languages.csv")))
            {
                throw new ContentException(explicitDirectory, 0, "this folder is not an MP Leaflets project (no content/languages.csv)",
                    "Give --project the folder that holds content/ and translations/");
            }
            return full;
        }
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "languages.csv"))) { return dir.FullName; }
        }
        throw ContentException.Usage($"no MP Leaflets project in {currentDirectory} or any folder above it (no content/languages.csv)",
            "Run the command inside the project, or give --project DIR");
    }
}

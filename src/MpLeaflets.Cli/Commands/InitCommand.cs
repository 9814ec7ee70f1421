using System.CommandLine;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets init DIR: a new project of leaflets, ready to build.</summary>
public static class InitCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to make the project in: a new one, or an empty one." };
        var command = new Command("init", """
            Start a new project of leaflets in DIR: a sample leaflet, checklist and consent form in
            content/documents/ (with the common strings every document prints), content/languages.csv with
            one example language (French, every unit translated, not reviewed), no packs and no places,
            .gitignore, .gitattributes (the merge driver for translation files) and a README for the group.
            'mpleaflets build' works in it at once. DIR must not exist or be empty; nothing is overwritten.
            """) { folder };
        command.SetAction(parse => Run(context(parse), parse.GetValue(folder)!));
        return command;
    }

    public static int Run(CommandContext context, string folder)
    {
        var full = Path.GetFullPath(folder, context.CurrentDirectory);
        if (File.Exists(full))
        {
            throw new ContentException(folder, 0, "this is a file, and a folder is needed here", "Give a new folder, e.g. mpleaflets init our-leaflets");
        }
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new ContentException(folder, 0, "the folder is not empty, and a new project would mix with what is there", "Give a new or empty folder; nothing was written");
        }

        // Made in a folder beside DIR and moved into place whole: a failure halfway leaves no half a project.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full))!;
        Directory.CreateDirectory(parent);
        var making = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(full))}.init-{Environment.ProcessId}");
        IReadOnlyList<string> written;
        try
        {
            written = ProjectTemplate.WriteTo(making);
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }
            Directory.Move(making, full);
        }
        finally
        {
            if (Directory.Exists(making))
            {
                Directory.Delete(making, recursive: true);
            }
        }
        var o = context.Console.Out;
        o.WriteLine($"A new project in {folder}: {written.Count} files ({string.Join(", ", written.Where(w => w.StartsWith("content/documents/", StringComparison.Ordinal)).Select(Path.GetFileName))}, French as the example language).");
        o.WriteLine("Next:");
        o.WriteLine($"  cd {folder}");
        o.WriteLine("  mpleaflets build             # the sample documents, in English and French, into output/");
        o.WriteLine("  git init && mpleaflets setup-git   # keep it in git; translation files then merge by unit");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using MpLeaflets.Documents.Printing;
using MpLeaflets.Printing;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Cli.Commands;

/// <summary>mpleaflets printed: records a print run of a pack in content/print-log.csv.</summary>
public static class PrintedCommand
{
    public static Command Create(Func<ParseResult, CommandContext> context)
    {
        var pack = new Argument<string>("PACK") { Description = "The pack printed (an id from content/packs.yaml)." };
        var copies = new Option<int>("--copies") { Description = "How many copies of the pack were printed.", Required = true };
        var place = new Option<string?>("--place") { Description = "Where the paper goes (a place id from content/places.csv, or a name). Default: the pack's place." };
        var date = new Option<string?>("--date") { Description = "The day it was printed, YYYY-MM-DD. Default: today." };
        var output = CliOptions.Output("The output folder the pack was built into (relative to the current folder). Default: output/ in the project.");
        var command = new Command("printed", """
            Record that a pack was printed: appends to content/print-log.csv the pack, where the paper goes,
            the copies, the day, and every file of it with its SHA-256 from output/manifest.json and the
            state and fingerprint of each unit it printed. 'mpleaflets status' and 'build' then list the
            printed packs whose English or translations changed since (which documents and languages, how
            many units, and whether a fact changed: a number, phone number, address, constituency or date),
            so that a coordinator knows which paper to replace. Printing a pack again for the same place
            replaces the earlier run in that list. Refused (exit 2, nothing written) when output/packs/PACK.pdf
            is not what the project would build now: build it, print it, then record it. Commit the register.
            """) { pack, copies, place, date, output };
        command.SetAction(parse => Run(context(parse), parse.GetValue(pack)!, parse.GetValue(copies), parse.GetValue(place), parse.GetValue(date), parse.GetValue(output)));
        return command;
    }

    public static int Run(CommandContext context, string packId, int copies, string? placeOption, string? dateOption, string? output)
    {
        if (copies < 1) { throw ContentException.Usage($"--copies {copies}: the number of copies must be 1 or more", "Give the number of packs printed, e.g. --copies 40"); }
        var today = DateOnly.FromDateTime(DateTime.Now);
        var on = today;
        if (dateOption is not null && (!SignOff.TryParseDate(dateOption, out on) || on > today))
        {
            throw ContentException.Usage($"--date '{dateOption}' is not a day written YYYY-MM-DD, up to today", "Give the day the pack was printed, e.g. --date 2026-03-01");
        }
        using var writing = context.LockForWriting("printed");
        var project = context.Project;
        var pack = project.Packs.FirstOrDefault(p => p.Id == packId)
            ?? throw ContentException.Usage($"there is no pack '{packId}'", $"Packs in content/packs.yaml: {string.Join(", ", project.Packs.Select(p => p.Id))}");
        var place = placeOption ?? pack.PlaceId
            ?? throw ContentException.Usage($"the pack {pack.Id} has no place", "Say where the paper goes with --place (a place id from content/places.csv, or a name)");
        var folder = output is null ? Path.Combine(context.Root, "output") : Path.GetFullPath(output, context.CurrentDirectory);
        var parts = PackPrint.Take(project, folder, pack);
        var log = PrintLog.Read(context.Root);
        var print = PrintLog.NextPrint(log);
        PrintLog.Append(context.Root, [.. parts.Select(p => new PrintRecord(print, on, pack.Id, place, copies, p.File, p.Sha256, p.Language, p.Document, p.Units))]);
        context.Console.Out.WriteLine($"print {print} recorded in {PrintLog.RelativePath}: {copies} copies of {pack.Id} for {place} on {SignOff.Iso(on)} "
            + $"({parts.Count} files, {parts.Sum(p => p.Units.Count)} units). Commit the register with the project.");
        return ExitCodes.Ok;
    }
}

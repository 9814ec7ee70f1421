using MpLeaflets.Documents.Printing;
using MpLeaflets.Printing;

namespace MpLeaflets.Cli;

/// <summary>The printed packs now out of date, as 'status' and 'build' print them for a coordinator.</summary>
internal static class RecallList
{
    /// <param name="strict">A register that cannot be read stops the command (status); otherwise it is a warning (build, whose PDFs are written by then).</param>
    public static void Write(CommandContext context, TextWriter o, bool strict = true)
    {
        IReadOnlyList<PrintRecord> log;
        try
        {
            log = PrintLog.Read(context.Root);
        }
        catch (ContentException e) when (!strict)
        {
            o.WriteLine($"{context.Console.Yellow("warning")}: the printed packs cannot be listed: {e.Message}");
            return;
        }
        if (log.Count == 0) { return; }
        var stale = Recall.OutOfDate(context.Project, log);
        if (stale.Count == 0)
        {
            o.WriteLine($"Printed packs ({PrintLog.RelativePath}): the latest print of each is up to date.");
            return;
        }
        o.WriteLine(context.Console.Yellow($"Printed packs now out of date (replace this paper; {PrintLog.RelativePath}):"));
        foreach (var print in stale)
        {
            o.WriteLine($"  {print.Pack} for {print.Place}: {print.Copies} copies printed {Translations.SignOff.Iso(print.PrintedOn)} (print {print.Print})");
            foreach (var part in print.Parts)
            {
                var fact = part.FactChanged ? context.Console.Red("; fact changed (a number, phone, address or date)") : "";
                o.WriteLine($"    {part.Language} {part.Document}: {part.Changed} unit{(part.Changed == 1 ? "" : "s")} changed since{fact}");
            }
        }
    }
}

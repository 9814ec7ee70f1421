namespace MpLeaflets.Printing;

/// <summary>
/// One row of content/print-log.csv: one file of one print run (a pack printed for a place on a
/// day), with the units it printed. A run has a row per language and document of the pack (the file
/// its pages come from), one per language for the page of local details, and one for the pack's PDF.
/// </summary>
/// <param name="Print">The run's number in the register (1, 2, …): the rows of one run share it.</param>
/// <param name="File">The file's path in the output folder, as in output/manifest.json.</param>
/// <param name="Sha256">The file's SHA-256 in output/manifest.json when it was printed.</param>
/// <param name="Document">A document id, <see cref="LocalDetails"/>, or <see cref="PackFile"/>.</param>
public sealed record PrintRecord(int Print, DateOnly PrintedOn, string Pack, string Place, int Copies,
    string File, string Sha256, string Language, string Document, IReadOnlyList<PrintedUnit> Units)
{
    /// <summary>The page of a place's details in a language (its two sentences and the place's facts).</summary>
    public const string LocalDetails = "local-details";

    /// <summary>The row of the pack's PDF itself (no units of its own).</summary>
    public const string PackFile = "pack";

    public int Line { get; init; }
}

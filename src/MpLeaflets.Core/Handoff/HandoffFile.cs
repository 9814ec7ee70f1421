using MpLeaflets.Csv;

namespace MpLeaflets.Handoff;

/// <summary>Reads a file a translator sent back, whichever of the two formats it is in.</summary>
public static class HandoffFile
{
    public static HandoffDocument Read(string path, string displayName)
    {
        if (!File.Exists(path))
        {
            throw new ContentException(displayName, 0, "the file does not exist", "Give the path of the CSV or PO file to import");
        }
        return Parse(StrictText.ReadUtf8(path, displayName), displayName);
    }

    public static HandoffDocument Parse(string text, string displayName) => Detect(displayName, text) switch
    {
        HandoffFormat.Po => PoReader.Parse(text, displayName),
        _ => new HandoffDocument(HandoffFormat.Csv, null, SpreadsheetCsv.Parse(text, displayName)),
    };

    /// <summary>By extension first (.po, .pot, .csv); otherwise by content, since a file sent by e-mail
    /// may come back renamed (.txt, or no extension).</summary>
    public static HandoffFormat Detect(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".po" or ".pot") { return HandoffFormat.Po; }
        if (extension == ".csv") { return HandoffFormat.Csv; }
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith('#') || start.StartsWith("msg", StringComparison.Ordinal) ? HandoffFormat.Po : HandoffFormat.Csv;
    }
}

namespace MpLeaflets.Handoff;

/// <summary>The file formats translators get: a CSV for spreadsheets, a PO file for PO editors.</summary>
public enum HandoffFormat
{
    Csv,
    Po,
}

/// <param name="Language">The language the file says it is in (the PO header's Language), if any.</param>
public sealed record HandoffDocument(HandoffFormat Format, string? Language, IReadOnlyList<HandoffRow> Rows);

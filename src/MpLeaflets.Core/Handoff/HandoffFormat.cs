namespace MpLeaflets.Handoff;

/// <summary>The file formats translators get: a CSV for spreadsheets, a PO file for PO editors.</summary>
public enum HandoffFormat
{
    Csv,
    Po,
}

namespace MpLeaflets.Units;

/// <summary>What a unit is in its document: tells translators (and layout) how it is used.</summary>
public enum UnitKind
{
    Title,
    Subtitle,
    Heading,
    Paragraph,
    ListItem,
    Task,
    Field,
    Signature,
    Date,
    Cell,
}

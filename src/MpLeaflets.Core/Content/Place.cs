namespace MpLeaflets.Content;

/// <summary>A place a pack is made for (a detention centre), with facts that can change: so each
/// carries the date it was checked, how sure we are, and where it comes from.</summary>
public sealed record Place(string Id, string Name, string Kind, string Constituency, DateOnly CheckedOn, string Confidence, string Source);

namespace MpLeaflets.Content;

/// <summary>A print-ready bundle for one visit: documents × languages, with copies per document.</summary>
public sealed record Pack(string Id, string Title, string For, string? PlaceId, IReadOnlyList<string> Languages, IReadOnlyList<string> Documents, int Copies);

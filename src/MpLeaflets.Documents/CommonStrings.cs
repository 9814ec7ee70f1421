namespace MpLeaflets.Documents;

/// <summary>
/// The strings of the 'common' document a builder prints (footer, hints), by their explicit ids.
/// English defaults keep a project without a common document buildable.
/// </summary>
public static class CommonStrings
{
    public const string DocumentId = "common";

    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["not-legal-advice"] = "General information, not legal advice.",
        ["page-of"] = "Page {{page}} of {{pages}}",
        ["version"] = "Version {{date}}",
        ["not-reviewed"] = "This translation has not yet been checked by a native speaker.",
        ["reviewed-on"] = "This translation was checked by a native speaker on {{date}}.",
        ["english-fallback"] = "Some parts are in English because they have not been translated yet.",
        ["audience"] = "For people in the UK asylum and immigration system, and the people who support them.",
        ["notes"] = "Notes",
        ["tick-hint"] = "Tick each box when you have done it.",
        ["write-hint"] = "Write in capital letters if you can.",
        ["date-format"] = "Day / month / year (Gregorian calendar)",
        ["continued-overleaf"] = "Continued on the back of this sheet.",
    };

    /// <summary>Strings every document prints: the footer, and the notice that no native speaker has checked it yet (or the day one did).</summary>
    public static IReadOnlyList<string> EveryDocument { get; } = ["not-legal-advice", "page-of", "version", "not-reviewed", "reviewed-on"];

    /// <summary>The common strings a document of a kind prints (the notice of English fallback comes on top when it is used).</summary>
    public static IEnumerable<string> For(Content.DocumentKind kind) => kind == Content.DocumentKind.Leaflet
        ? [.. EveryDocument, "audience"]
        : [.. EveryDocument, kind == Content.DocumentKind.Checklist ? "tick-hint" : "write-hint", "date-format", "continued-overleaf"];

    public static string English(string id) => Defaults.TryGetValue(id, out var text) ? text : id;

    public static string UnitId(string id) => DocumentId + "." + id;
}

using System.Security.Cryptography;
using System.Text;
using MpLeaflets.Checks;

namespace MpLeaflets.Printing;

/// <summary>
/// One unit as a printed file carries it, in a few bytes: its state then (translated, reviewed,
/// english for fallback, source for an English document), a hash of its English and the translation
/// printed, and a hash of the facts in it (numbers, phone numbers, web and e-mail addresses). Paper
/// is out of date when a unit's text hash changes; a fact changed when its facts hash does. Written
/// in the print register as <c>id:state:text:facts</c>, facts <c>-</c> when the unit has none.
/// </summary>
public sealed record PrintedUnit(string Id, string State, string Text, string Facts)
{
    public const string NoFacts = "-";

    /// <summary>The id of a place's pseudo-unit: <c>place.&lt;place id&gt;</c>.</summary>
    public const string PlacePrefix = "place.";

    /// <param name="translation">The translation printed, or "" when the English was printed.</param>
    public static PrintedUnit Of(string id, string state, string english, string translation) =>
        new(id, state, Hash(english + "\u001f" + translation), FactsOf(english));

    /// <summary>A place's page of local details: its name, constituency and the day that was checked; the constituency
    /// (which MP to ask) and the date are its facts.</summary>
    public static PrintedUnit OfPlace(Content.Place place)
    {
        var checkedOn = place.CheckedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new(PlacePrefix + place.Id, "place", Hash($"{place.Name}\u001f{place.Constituency}\u001f{checkedOn}"), Hash($"{place.Constituency}\u001f{checkedOn}"));
    }

    public bool HasFacts => Facts != NoFacts;

    public override string ToString() => $"{Id}:{State}:{Text}:{Facts}";

    public static PrintedUnit? Parse(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 4 && parts.All(p => p.Length > 0) ? new PrintedUnit(parts[0], parts[1], parts[2], parts[3]) : null;
    }

    /// <summary>A translation must carry the English's facts unchanged (the checks refuse anything else), so the English's are the paper's.</summary>
    private static string FactsOf(string english)
    {
        var f = Checks.Facts.Extract(english);
        var all = f.Urls.Concat(f.Emails).Concat(f.Phones).Concat(f.Numbers).Order(StringComparer.Ordinal).ToList();
        return all.Count == 0 ? NoFacts : Hash(string.Join("\u001f", all));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}

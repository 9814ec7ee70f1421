using System.Globalization;
using MpLeaflets.Csv;

namespace MpLeaflets.Content;

/// <summary>content/places.csv.</summary>
public static class PlaceCatalog
{
    public const string RelativePath = "content/places.csv";

    public static readonly IReadOnlyList<string> Header = ["id", "name", "kind", "constituency", "checked_on", "confidence", "source"];

    public static IReadOnlyList<Place> Read(string path)
    {
        if (!File.Exists(path)) { return []; }
        var places = new List<Place>();
        foreach (var record in CanonicalCsv.Read(path, RelativePath, Header))
        {
            var f = record.Fields;
            if (!PathIds.IsValid(f[0]))
            {
                throw new ContentException(RelativePath, record.Line, $"the place id '{f[0]}' cannot be used", $"Use {PathIds.Rule}");
            }
            if (places.Any(p => p.Id == f[0]))
            {
                throw new ContentException(RelativePath, record.Line, $"the place id '{f[0]}' is used twice", "Give each place its own id");
            }
            if (!DateOnly.TryParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
            {
                throw new ContentException(RelativePath, record.Line, $"checked_on '{f[4]}' for {f[0]} is not a date", "Write it as YYYY-MM-DD");
            }
            if (f[5] is not ("confirmed" or "inferred"))
            {
                throw new ContentException(RelativePath, record.Line, $"confidence '{f[5]}' for {f[0]} is neither confirmed nor inferred", "Write confirmed or inferred");
            }
            places.Add(new Place(f[0], f[1], f[2], f[3], checkedOn, f[5], f[6]));
        }
        return places;
    }
}

using System.Text.Json.Serialization;
using System.Text.Json;
using MpLeaflets.Csv;
using MpLeaflets.Storage;

namespace MpLeaflets.Documents.Build;

/// <summary>One file in output/manifest.json.</summary>
/// <param name="Inputs">SHA-256 of everything the file was made from (see <see cref="InputHash"/>).</param>
/// <param name="Units">How many printed units were in each state (translated, reviewed, english, source).</param>
public sealed record ManifestEntry(
    string Path,
    string Language,
    string Document,
    int Pages,
    long Bytes,
    string Sha256,
    string Inputs,
    IReadOnlyDictionary<string, int> Units);

/// <summary>output/manifest.json: every file the builds made, sorted by path, written atomically.</summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private sealed record Document(int Version, IReadOnlyList<ManifestEntry> Files);

    /// <summary>The entries by path; empty when there is no manifest or it cannot be read (then everything rebuilds).</summary>
    public static Dictionary<string, ManifestEntry> Read(string path)
    {
        try
        {
            var doc = File.Exists(path) ? JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Options) : null;
            return doc?.Files?.ToDictionary(e => e.Path, StringComparer.Ordinal) ?? new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        }
    }

    public static void Write(string path, IEnumerable<ManifestEntry> entries)
    {
        var doc = new Document(1, entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(doc, Options) + "\n");
    }
}

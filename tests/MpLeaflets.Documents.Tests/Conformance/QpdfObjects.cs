using System.Diagnostics;
using System.Text.Json;

namespace MpLeaflets.Tests.Conformance;

/// <summary>
/// A PDF's objects as qpdf reads them (qpdf --json, version 2, streams decoded): an independent
/// parser, so the checks do not trust our own writer's idea of its output. Values are JSON:
/// names "/X", references "N 0 R", strings "u:text" or "b:hex", numbers, booleans, arrays, objects.
/// </summary>
internal sealed class QpdfObjects
{
    private readonly Dictionary<string, JsonElement> _objects = new(StringComparer.Ordinal);
    private readonly JsonDocument _json;

    private QpdfObjects(JsonDocument json)
    {
        _json = json;
        foreach (var property in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            _objects[property.Name] = property.Value;
        }

        Trailer = _objects["trailer"].GetProperty("value");
        Catalog = Resolve(Trailer.GetProperty("/Root"));
    }

    public JsonElement Trailer { get; }

    public JsonElement Catalog { get; }

    public IEnumerable<string> References => _objects.Keys.Where(k => k.StartsWith("obj:", StringComparison.Ordinal)).Select(k => k[4..]);

    public static QpdfObjects Read(string path)
    {
        var info = new ProcessStartInfo("qpdf", ["--json", "--json-stream-data=inline", "--decode-level=generalized", path, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("qpdf is not installed (apt-get install -y qpdf)");
        var error = process.StandardError.ReadToEndAsync();
        var json = JsonDocument.Parse(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        return process.ExitCode is 0 or 3 ? new QpdfObjects(json) : throw new InvalidOperationException("qpdf --json failed: " + error.Result);
    }

    public static bool IsReference(JsonElement value) => value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal);

    /// <summary>The object a reference points to (its dictionary, or a stream's dictionary); other values as they are.</summary>
    public JsonElement Resolve(JsonElement value)
    {
        if (!IsReference(value))
        {
            return value;
        }

        var entry = _objects["obj:" + value.GetString()];
        return entry.TryGetProperty("value", out var v) ? v : entry.GetProperty("stream").GetProperty("dict");
    }

    public JsonElement Object(string reference) => Resolve(JsonDocument.Parse("\"" + reference + "\"").RootElement);

    /// <summary>A stream's decoded bytes, or null when <paramref name="value"/> is not a stream.</summary>
    public byte[]? StreamData(JsonElement value)
    {
        if (!IsReference(value) || !_objects["obj:" + value.GetString()].TryGetProperty("stream", out var stream))
        {
            return null;
        }

        return stream.TryGetProperty("data", out var data) ? Convert.FromBase64String(data.GetString()!) : [];
    }

    public static JsonElement? Get(JsonElement dictionary, string key) =>
        dictionary.ValueKind == JsonValueKind.Object && dictionary.TryGetProperty(key, out var v) ? v : null;

    /// <summary>A text string's value ("u:…"), or null.</summary>
    public static string? Text(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v && v.GetString()!.StartsWith("u:", StringComparison.Ordinal) ? v.GetString()![2..] : null;
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MpLeaflets.Content;

/// <summary>Reads the YAML front matter of a content document, with errors naming file and line.</summary>
public static class FrontMatter
{
    public static DocumentSource Parse(string text, string relativePath)
    {
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw Error(relativePath, 1, "the file does not start with front matter ('---' on the first line)",
                "Start the file with a '---' line, the keys id, kind, title and version, and another '---' line");
        }
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal)) { end = text.Length - 4; }
        if (end < 0)
        {
            throw Error(relativePath, 1, "the front matter is not closed", "Add a line '---' after the last front matter key");
        }
        var yaml = text[4..(end + 1)];
        var values = ReadMapping(yaml, relativePath);

        string Required(string key)
        {
            if (values.TryGetValue(key, out var v) && v.Value.Length > 0) { return v.Value; }
            throw Error(relativePath, 2, $"the front matter has no '{key}'", $"Add a line '{key}: …' between the '---' lines");
        }

        var id = Required("id");
        if (!PathIds.IsValid(id))
        {
            throw Error(relativePath, values["id"].Line, $"the id '{id}' is not valid", $"Use {PathIds.Rule}");
        }
        var kindText = Required("kind");
        if (!DocumentKinds.TryParse(kindText, out var kind))
        {
            throw Error(relativePath, values["kind"].Line, $"unknown kind '{kindText}'", $"Use one of: {DocumentKinds.AllNames}");
        }
        var versionText = Required("version");
        if (!DateOnly.TryParseExact(versionText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var version))
        {
            throw Error(relativePath, values["version"].Line, $"the version '{versionText}' is not a date", "Write it as YYYY-MM-DD, e.g. 2026-11-27");
        }
        var order = values.TryGetValue("order", out var o) && int.TryParse(o.Value, CultureInfo.InvariantCulture, out var n) ? n : 100;
        var hasSubtitle = values.TryGetValue("subtitle", out var subtitle);
        return new DocumentSource(id, kind, Required("title"), hasSubtitle ? subtitle.Value : null, version, order, relativePath, text,
            values["title"].Line, hasSubtitle ? subtitle.Line : 0,
            values.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal));
    }

    private static Dictionary<string, (string Value, int Line)> ReadMapping(string yaml, string relativePath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // +1: the YAML starts on line 2 of the file, after the opening '---'.
            var line = (int)e.Start.Line + 1;
            var (problem, fix) = e.Message.Contains("invalid mapping", StringComparison.Ordinal)
                ? ("a value on this line contains ': ', which YAML reads as a second key", "Put the value in double quotes")
                : ($"the front matter is not valid YAML ({FirstSentence(e.Message)})", "Write one 'key: value' per line; put values with ':' or '#' in quotes");
            throw Error(relativePath, line, problem, fix);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way, with no position, on a '[' or '{' that is never closed.
            var unclosed = UnclosedBracketLine(yaml);
            throw Error(relativePath, unclosed + 1, unclosed > 0 ? "a '[' or '{' on this line is never closed" : "the front matter is not valid YAML",
                "Close the bracket, or put the value in double quotes");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw Error(relativePath, 2, "the front matter is not a list of 'key: value' lines", "Write one 'key: value' per line");
        }
        var result = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var line = (int)key.Start.Line + 1;
            if (value is not YamlScalarNode scalar)
            {
                throw Error(relativePath, line, $"the front matter key '{key}' is not a single value", "Write it as 'key: value' on one line");
            }
            result[key.ToString()] = (scalar.Value ?? "", line);
        }
        return result;
    }

    /// <summary>The 1-based line of the YAML whose brackets do not balance, or 0.</summary>
    private static int UnclosedBracketLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Count(c => c is '[' or '{') > l.Count(c => c is ']' or '}')) { return i + 1; }
        }
        return 0;
    }

    private static string FirstSentence(string message) => message.Split('\n')[0].Trim();

    private static ContentException Error(string file, int line, string problem, string fix) => new(file, line, problem, fix);
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MpLeaflets.Content;

/// <summary>content/packs.yaml, checked against the documents, languages and places it names.</summary>
public static class PackCatalog
{
    public const string RelativePath = "content/packs.yaml";

    public static IReadOnlyList<Pack> Read(string path, ISet<string> documentIds, LanguageCatalog languages, IReadOnlyList<Place> places)
    {
        if (!File.Exists(path)) { return []; }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Csv.StrictText.ReadUtf8(path, RelativePath)));
        }
        catch (YamlException e)
        {
            throw new ContentException(RelativePath, (int)e.Start.Line, $"not valid YAML ({e.Message.Split('\n')[0]})", "Fix the indentation or quoting on that line");
        }
        var packs = new List<Pack>();
        if (stream.Documents.Count == 0) { return packs; }
        if (stream.Documents[0].RootNode is not YamlMappingNode root || !root.Children.TryGetValue("packs", out var list) || list is not YamlSequenceNode items)
        {
            throw new ContentException(RelativePath, 1, "the file must hold a 'packs:' list", "See the comment at the top of the file for the format");
        }
        foreach (var item in items.OfType<YamlMappingNode>())
        {
            var line = (int)item.Start.Line;
            string Scalar(string key, bool required = true) =>
                item.Children.TryGetValue(key, out var v) && v is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value!
                : required ? throw new ContentException(RelativePath, line, $"a pack has no '{key}'", $"Add '{key}: …' to the pack") : "";
            List<string> Sequence(string key) =>
                item.Children.TryGetValue(key, out var v) && v is YamlSequenceNode seq ? seq.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
                : throw new ContentException(RelativePath, line, $"the pack has no '{key}' list", $"Add '{key}: [a, b]'");

            var id = Scalar("id");
            if (!PathIds.IsValid(id))
            {
                throw new ContentException(RelativePath, line, $"the pack id '{id}' cannot be used: it names the file output/packs/<id>.pdf", $"Use {PathIds.Rule}");
            }
            if (packs.Any(p => p.Id == id))
            {
                throw new ContentException(RelativePath, line, $"the pack id '{id}' is used twice", "Give each pack its own id");
            }
            var docs = Sequence("documents");
            foreach (var doc in docs.Where(d => !documentIds.Contains(d)))
            {
                throw new ContentException(RelativePath, line, $"pack {id} names the document '{doc}', which does not exist", $"Use one of: {string.Join(", ", documentIds)}");
            }
            var langs = Sequence("languages");
            foreach (var code in langs) { _ = languages.Find(code) ?? throw new ContentException(RelativePath, line, $"pack {id} names the unknown language '{code}'", $"Use one of: {string.Join(", ", languages.Languages.Select(l => l.Code))}"); }
            var place = Scalar("place", required: false);
            if (place.Length > 0 && places.All(p => p.Id != place))
            {
                throw new ContentException(RelativePath, line, $"pack {id} names the unknown place '{place}'", $"Add it to {PlaceCatalog.RelativePath} or use one of: {string.Join(", ", places.Select(p => p.Id))}");
            }
            var copies = int.TryParse(Scalar("copies", required: false), out var c) && c > 0 ? c : 1;
            packs.Add(new Pack(id, Scalar("title"), Scalar("for", required: false), place.Length > 0 ? place : null, langs, docs, copies));
        }
        return packs;
    }
}

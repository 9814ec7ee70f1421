using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Content;

/// <summary>
/// A project on disk: content/ (English sources, languages, packs, places) and translations/.
/// Loading reads and segments every source; any bad input is a <see cref="ContentException"/>.
/// </summary>
public sealed class ContentProject
{
    public const string DocumentsFolder = "content/documents";

    private ContentProject(string root, LanguageCatalog languages, IReadOnlyList<SegmentedDocument> documents, IReadOnlyList<Place> places, IReadOnlyList<Pack> packs)
    {
        Root = root;
        Languages = languages;
        Documents = documents;
        Places = places;
        Packs = packs;
    }

    public IReadOnlyList<Place> Places { get; }

    public IReadOnlyList<Pack> Packs { get; }

    public string Root { get; }

    public LanguageCatalog Languages { get; }

    /// <summary>Documents in print order (front matter 'order', then id).</summary>
    public IReadOnlyList<SegmentedDocument> Documents { get; }

    public IEnumerable<Unit> Units => Documents.SelectMany(d => d.Units);

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string TranslationPath(string languageCode) => PathOf(TranslationFile.RelativePath(languageCode));

    public static ContentProject Load(string root)
    {
        var languages = LanguageCatalog.Read(Path.Combine(root, "content", "languages.csv"));
        var folder = Path.Combine(root, "content", "documents");
        if (!Directory.Exists(folder))
        {
            throw new ContentException(DocumentsFolder, 0, "the folder of English sources is missing", "Create it and put the Markdown documents in it");
        }
        var sources = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(path => FrontMatter.Parse(Csv.StrictText.ReadUtf8(path, Relative(root, path)), Relative(root, path)))
            .ToList();
        foreach (var duplicate in sources.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            throw new ContentException(duplicate.Last().RelativePath, 2, $"the document id '{duplicate.Key}' is also used by {duplicate.First().RelativePath}",
                "Give each document its own id");
        }
        var documents = sources.OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal).Select(Segmenter.Segment).ToList();
        var places = PlaceCatalog.Read(Path.Combine(root, "content", "places.csv"));
        var packs = PackCatalog.Read(Path.Combine(root, "content", "packs.yaml"), documents.Select(d => d.Id).ToHashSet(), languages, places);
        return new ContentProject(root, languages, documents, places, packs);
    }

    public TranslationFile ReadTranslations(Language language) =>
        TranslationFile.Read(TranslationPath(language.Code), language.Code);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}

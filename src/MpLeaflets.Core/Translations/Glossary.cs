using System.Text.RegularExpressions;
using MpLeaflets.Csv;

namespace MpLeaflets.Translations;

/// <summary>One agreed translation of an English term, e.g. <c>Home Office</c>.</summary>
public sealed record GlossaryTerm(string English, string Translation, string Note);

/// <summary>
/// content/glossary/&lt;lang&gt;.csv: the agreed translations of terms for one language, columns
/// exactly english,translation,note (the repository's CSV dialect). A language without the file has
/// an empty glossary.
/// </summary>
public sealed class Glossary
{
    public static readonly IReadOnlyList<string> Header = ["english", "translation", "note"];

    private readonly List<(GlossaryTerm Term, Regex Pattern)> _terms;

    public Glossary(IEnumerable<GlossaryTerm> terms) =>
        _terms = [.. terms.Select(t => (t, new Regex($@"(?<!\w){Regex.Escape(t.English)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryTerm> Terms => [.. _terms.Select(t => t.Term)];

    public static string RelativePath(string languageCode) => $"content/glossary/{languageCode}.csv";

    public static Glossary Read(string path, string languageCode)
    {
        if (!File.Exists(path)) { return Empty; }
        var terms = new List<GlossaryTerm>();
        foreach (var record in CanonicalCsv.Read(path, RelativePath(languageCode), Header))
        {
            if (string.IsNullOrWhiteSpace(record.Fields[0]))
            {
                throw new ContentException(RelativePath(languageCode), record.Line, "the english column is empty", "Write the English term, or delete the row");
            }
            terms.Add(new GlossaryTerm(record.Fields[0].Trim(), record.Fields[1], record.Fields[2]));
        }
        return new Glossary(terms);
    }

    /// <summary>The terms that appear in an English text as whole words, ignoring case; longest first.</summary>
    public IReadOnlyList<GlossaryTerm> FoundIn(string english) =>
        [.. _terms.Where(t => t.Pattern.IsMatch(english)).Select(t => t.Term).OrderByDescending(t => t.English.Length)];
}

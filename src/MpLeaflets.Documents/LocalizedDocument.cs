using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>
/// One document's Markdown filled with one language's translations, with the common strings
/// (footer, hints) it prints and the state of every unit it prints. English is the source itself.
/// </summary>
public sealed class LocalizedDocument
{
    internal LocalizedDocument(SegmentedDocument document, Language language, string markdown, string title, string? subtitle,
        IReadOnlyDictionary<string, string> strings, IReadOnlyDictionary<string, int> states, DateOnly? reviewedOn = null)
    {
        ReviewedOn = reviewedOn;
        Document = document;
        Language = language;
        Markdown = markdown;
        Title = title;
        Subtitle = subtitle;
        Strings = strings;
        States = states;
    }

    public SegmentedDocument Document { get; }

    public Language Language { get; }

    public bool IsEnglish => Language.Code == EnglishLanguage.Code;

    /// <summary>The document's Markdown in the language (the English source for English).</summary>
    public string Markdown { get; }

    public string EnglishMarkdown => Document.Source.Text;

    public string Title { get; }

    public string? Subtitle { get; }

    /// <summary>Common strings by short id ("not-legal-advice", "page-of" …), in the language.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; }

    /// <summary>How many printed units are in each state: translated, reviewed, english (fallback), source.</summary>
    public IReadOnlyDictionary<string, int> States { get; }

    /// <summary>Some printed text has not been checked by a native-speaking reviewer.</summary>
    public bool NeedsReviewNotice => !IsEnglish && States.Any(s => s.Key != "reviewed" && s.Value > 0);

    /// <summary>The day of the latest sign-off among the printed units (null when none was signed off).</summary>
    public DateOnly? ReviewedOn { get; }

    public bool UsesEnglishFallback => States.TryGetValue(UnitStates.English, out var n) && n > 0;

    public string String(string id) => Strings.TryGetValue(id, out var text) ? text : CommonStrings.English(id);

    /// <summary>The English of the common strings it prints, from the project's common document.</summary>
    public IReadOnlyDictionary<string, string> EnglishStrings { get; init; } = new Dictionary<string, string>();

    /// <summary>A common string in English, as printed beside the language's (from the common document's source).</summary>
    public string English(string id) => EnglishStrings.TryGetValue(id, out var text) ? text : CommonStrings.English(id);
}

/// <summary>Names of the states a printed unit can have in the manifest.</summary>
public static class UnitStates
{
    public const string English = "english";
    public const string Source = "source";
}

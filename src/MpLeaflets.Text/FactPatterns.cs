using System.Text.RegularExpressions;

namespace MpLeaflets.Text;

/// <summary>
/// What a fact looks like in any language's text: web and e-mail addresses, phone numbers, numbers
/// and {{placeholders}}. One set of patterns for the checks (a translation must carry each fact over
/// unchanged) and for line breaking (a fact is never broken across lines).
/// </summary>
public static partial class FactPatterns
{
    [GeneratedRegex(@"\{\{\s*[A-Za-z_][A-Za-z0-9_-]*\s*\}\}")]
    public static partial Regex Placeholder();

    // A web address is anything with a scheme or 'www.', or any domain-like token: labels joined by
    // dots ending in a lower-case top-level domain of two letters or more (gov.uk, something.io),
    // so an address a translator adds is compared with the English like any other. A one-letter
    // first label counts only with a path (t.me/…), so abbreviations such as "p.ex." stay words.
    [GeneratedRegex(@"\b(?i:https?://|www\.)[^\s<>()\[\]]+|\b(?:[A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}(?![A-Za-z0-9-])(?:/[^\s<>()\[\]]*)?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}/[^\s<>()\[\]]*)", RegexOptions.CultureInvariant)]
    public static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    public static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{Nd}])\+?\p{Nd}{2,5}(?:[ -]\p{Nd}{3,4}){1,3}(?![\p{Nd}])")]
    public static partial Regex Phone();

    [GeneratedRegex(@"\p{Nd}+(?:[.,]\p{Nd}+)*")]
    public static partial Regex Number();

    /// <summary>A number with its sign or unit written apart from it ("95 %", "£ 20"): one fact on paper.</summary>
    [GeneratedRegex(@"[£$€]\s?\p{Nd}+(?:[.,]\p{Nd}+)*|\p{Nd}+(?:[.,]\p{Nd}+)*\s?[%‰]")]
    public static partial Regex NumberWithSign();

    /// <summary>A Latin term of up to four words in brackets, e.g. "(Home Office)" in another script's text.</summary>
    [GeneratedRegex(@"\([A-Za-z][A-Za-z0-9'’.&-]*(?:[ \u00A0][A-Za-z][A-Za-z0-9'’.&-]*){0,3}\)")]
    public static partial Regex BracketedLatinTerm();
}

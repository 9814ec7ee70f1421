using MpLeaflets.Content;

namespace MpLeaflets.Handoff;

/// <summary>
/// The language of a returned file when --lang is not given: the PO header's Language (PO editors
/// may write zh_Hans or ar_EG for zh-Hans or ar), else a language code in the file name, as in
/// ar.csv or leaflets-zh-Hans.po.
/// </summary>
public static class LanguageGuess
{
    public static Language? FromHeader(string headerLanguage, LanguageCatalog catalog)
    {
        var code = headerLanguage.Trim().Replace('_', '-');
        return catalog.Find(code) ?? catalog.Find(code.Split('-')[0]);
    }

    /// <summary>The longest code that stands as a whole word in the name; null when none does, or
    /// when two different codes of that length do (the user must then say --lang).</summary>
    public static Language? FromFileName(string path, LanguageCatalog catalog)
    {
        var name = "." + Path.GetFileNameWithoutExtension(path) + ".";
        var found = catalog.Languages
            .Where(l => Separators.Any(before => Separators.Any(after =>
                name.Contains(before + l.Code + after, StringComparison.OrdinalIgnoreCase))))
            .GroupBy(l => l.Code.Length)
            .OrderByDescending(g => g.Key)
            .FirstOrDefault()?.ToList();
        return found is [var only] ? only : null;
    }

    private static readonly char[] Separators = ['.', '-', '_', ' '];
}

using System.Globalization;
using System.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>Words, as translators count them to plan and bill work: runs of letters or digits; a
/// text without spaces (Chinese) counts its characters, as CAT tools do.</summary>
public static class WordCount
{
    public static int Of(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsIdeograph(rune)) { words++; inWord = false; continue; }
            var wordy = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.Format || rune.Value is '\'' or '’' or '-';
            if (wordy && !inWord) { words++; }
            inWord = wordy;
        }
        return words;
    }

    /// <summary>The unit pane's title part: <c>38 words, translation 41</c>.</summary>
    public static string Describe(TranslationRow row) =>
        row.Translation.Length == 0 ? $"{Of(row.Source)} words" : $"{Of(row.Source)} words, translation {Of(row.Translation)}";

    private static bool IsIdeograph(Rune rune) =>
        rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);
}

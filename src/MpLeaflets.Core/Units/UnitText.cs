using System.Security.Cryptography;
using System.Text;

namespace MpLeaflets.Units;

/// <summary>Normalisation and identity of unit text.</summary>
public static class UnitText
{
    /// <summary>
    /// The longest English unit (a heading, paragraph, item or label) a source may hold. A paragraph
    /// this long is already far beyond what fits a leaflet page; a longer one is refused with its line.
    /// </summary>
    public const int MaxLength = 5_000;

    /// <summary>The longest translation of a unit: twice the English, for languages that need more letters.</summary>
    public const int MaxTranslationLength = 2 * MaxLength;

    /// <summary>
    /// Joins the lines of a block into one unit text: soft line breaks become one space (CommonMark
    /// renders them as spaces anyway), hard breaks become a backslash and a newline, and runs of
    /// spaces and tabs become one space.
    /// </summary>
    public static string Join(IReadOnlyList<(string Text, bool HardBreakAfter, bool BackslashBreak)> lines, bool keepSoftBreaks = false)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, hard, backslash) = lines[i];
            var line = CollapseSpaces(text).Trim();
            sb.Append(line);
            if (i == lines.Count - 1) { break; }
            if (hard)
            {
                sb.Append(backslash ? "\n" : "\\\n");
            }
            else if (keepSoftBreaks)
            {
                sb.Append('\n');
            }
            else if (line.Length > 0)
            {
                sb.Append(' ');
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\t';
            if (!isSpace || !lastWasSpace) { sb.Append(isSpace ? ' ' : c); }
            lastWasSpace = isSpace;
        }
        return sb.ToString();
    }

    public static string HashId(string documentId, string source)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return $"{documentId}.{Convert.ToHexStringLower(hash)[..8]}";
    }

    /// <summary>A short hash of the English, for hand-off files (detects an edited or shifted source).</summary>
    public static string ShortHash(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..10];
}

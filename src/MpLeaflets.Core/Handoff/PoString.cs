using System.Globalization;
using System.Text;

namespace MpLeaflets.Handoff;

/// <summary>
/// PO string literals: C escapes (as GNU gettext writes and reads them), and the line wrapping
/// of msgmerge/Poedit — a keyword with "" and then one quoted piece per line, broken after each
/// \n and after spaces, so lines stay within 79 columns and diffs stay readable.
/// </summary>
public static class PoString
{
    public const int Width = 79;

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\v' => "\\v",
                < ' ' => "\\" + Convert.ToString(c, 8).PadLeft(3, '0'),
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// The lines for <c>keyword "text"</c> (keyword e.g. <c>msgid</c>, prefix e.g. <c>#| </c> for
    /// previous strings). One line when it fits and has no \n; otherwise <c>keyword ""</c> followed
    /// by the pieces, as msgmerge writes them.
    /// </summary>
    public static IEnumerable<string> Lines(string prefix, string keyword, string text)
    {
        var escaped = Escape(text);
        var single = $"{prefix}{keyword} \"{escaped}\"";
        // A line break inside the text forces one piece per line; one at the very end does not, as in gettext.
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (single.Length <= Width && (newline < 0 || newline == text.Length - 1))
        {
            yield return single;
            yield break;
        }
        yield return $"{prefix}{keyword} \"\"";
        var room = Width - prefix.Length - 2;
        foreach (var piece in Pieces(escaped, room))
        {
            yield return $"{prefix}\"{piece}\"";
        }
    }

    /// <summary>Splits escaped text after each \n, then at spaces so each piece fits in
    /// <paramref name="room"/> columns; never inside an escape sequence or a word.</summary>
    private static IEnumerable<string> Pieces(string escaped, int room)
    {
        var start = 0;
        var lastSpace = -1;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                var isNewline = i + 1 < escaped.Length && escaped[i + 1] == 'n';
                i++;
                if (isNewline)
                {
                    yield return escaped[start..(i + 1)];
                    start = i + 1;
                    lastSpace = -1;
                }
                continue;
            }
            // Break at the last space that still fits; a word longer than the room stays whole.
            if (i + 1 - start > room && lastSpace >= start)
            {
                yield return escaped[start..(lastSpace + 1)];
                start = lastSpace + 1;
                lastSpace = -1;
            }
            if (escaped[i] == ' ') { lastSpace = i; }
        }
        if (start < escaped.Length) { yield return escaped[start..]; }
    }

    /// <summary>Reads one quoted literal (the text between the quotes, escapes resolved), or returns
    /// null with a reason when the literal is malformed.</summary>
    public static string? Unquote(string literal, out string? problem)
    {
        problem = null;
        literal = literal.Trim();
        if (literal.Length < 2 || literal[0] != '"' || literal[^1] != '"')
        {
            problem = "a string must be written in double quotes, on one line";
            return null;
        }
        var sb = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c == '"')
            {
                problem = "a double quote (\") inside a string must be written \\\"";
                return null;
            }
            if (c != '\\') { sb.Append(c); continue; }
            if (++i >= literal.Length - 1)
            {
                problem = "a string ends with a lone backslash";
                return null;
            }
            switch (literal[i])
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'v': sb.Append('\v'); break;
                case '\\': sb.Append('\\'); break;
                case '"': sb.Append('"'); break;
                case '\'': sb.Append('\''); break;
                case '?': sb.Append('?'); break;
                case >= '0' and <= '7':
                    var octal = ReadDigits(literal, ref i, 3, "01234567");
                    sb.Append((char)Convert.ToInt32(octal, 8));
                    break;
                case 'x':
                    i++;
                    var hex = ReadDigits(literal, ref i, 2, "0123456789abcdefABCDEF");
                    if (hex.Length == 0) { problem = "\\x must be followed by hex digits"; return null; }
                    sb.Append((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    break;
                default:
                    problem = $"unknown escape \\{literal[i]} in a string";
                    return null;
            }
        }
        return sb.ToString();
    }

    /// <summary>Reads up to <paramref name="max"/> digits from position i, leaving i on the last one.</summary>
    private static string ReadDigits(string literal, ref int i, int max, string digits)
    {
        var start = i;
        while (i < literal.Length - 1 && i - start < max && digits.Contains(literal[i])) { i++; }
        var result = literal[start..i];
        i--;
        return result;
    }
}

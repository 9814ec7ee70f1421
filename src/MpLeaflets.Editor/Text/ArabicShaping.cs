using System.Globalization;
using System.Text;

namespace MpLeaflets.Editor.Text;

/// <summary>
/// Arabic-script letters replaced by their joined presentation forms (Unicode chapter 9.2, cursive
/// joining; ArabicShaping.txt joining types), for terminals that draw one code point per cell and do no
/// shaping. Letters without a presentation form keep their nominal form but still join their neighbours.
/// </summary>
public static class ArabicShaping
{
    private enum Joining { None, Right, Dual, Causing, Transparent }

    // (isolated, final, initial, medial); 0 where the letter has no such form.
    private static readonly Dictionary<char, (char Iso, char Fin, char Ini, char Med)> Forms = BuildForms();

    public static string Shape(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var type = TypeOf(c);
            if (type is not (Joining.Dual or Joining.Right))
            {
                output.Append(c);
                continue;
            }
            var prev = Neighbour(text, i, -1);
            var joinsPrev = prev is Joining.Dual or Joining.Causing;
            // U+0644 LAM followed by an ALEF is written as one ligature (Unicode 9.2, rule R7 note).
            var next = NextIndex(text, i);
            if (c == '\u0644' && next >= 0 && LamAlef(text[next]) is { } ligature)
            {
                output.Append(joinsPrev ? (char)(ligature + 1) : ligature);
                output.Append(text, i + 1, next - i - 1); // marks between lam and alef stay
                i = next;
                continue;
            }
            var joinsNext = type == Joining.Dual && Neighbour(text, i, +1) is Joining.Dual or Joining.Right or Joining.Causing;
            if (!Forms.TryGetValue(c, out var f))
            {
                output.Append(c);
                continue;
            }
            var form = (joinsPrev, joinsNext) switch
            {
                (true, true) => f.Med != 0 ? f.Med : f.Fin,
                (true, false) => f.Fin,
                (false, true) => f.Ini != 0 ? f.Ini : f.Iso,
                _ => f.Iso,
            };
            output.Append(form != 0 ? form : c);
        }
        return output.ToString();
    }

    private static char? LamAlef(char alef) => alef switch
    {
        '\u0622' => '\uFEF5',
        '\u0623' => '\uFEF7',
        '\u0625' => '\uFEF9',
        '\u0627' => '\uFEFB',
        _ => null,
    };

    private static int NextIndex(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (TypeOf(text[j]) != Joining.Transparent) { return j; }
        }
        return -1;
    }

    /// <summary>The joining type of the nearest character that is not a mark, before or after.</summary>
    private static Joining Neighbour(string text, int i, int direction)
    {
        for (var j = i + direction; j >= 0 && j < text.Length; j += direction)
        {
            var type = TypeOf(text[j]);
            if (type != Joining.Transparent) { return type; }
        }
        return Joining.None;
    }

    private static Joining TypeOf(char c)
    {
        if (c is '\u0640' or '\u200D') { return Joining.Causing; }
        var inArabic = c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';
        if (!inArabic) { return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Joining.Transparent : Joining.None; }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.NonSpacingMark) { return Joining.Transparent; }
        if (category != UnicodeCategory.OtherLetter || c is '\u0621' or '\u0674')
        {
            return Joining.None;
        }
        return IsRightJoining(c) ? Joining.Right : Joining.Dual;
    }

    private static bool IsRightJoining(char c) => c is
        >= '\u0622' and <= '\u0625' or '\u0627' or '\u0629' or >= '\u062F' and <= '\u0632' or '\u0648'
        or >= '\u0671' and <= '\u0673' or >= '\u0675' and <= '\u0677' or >= '\u0688' and <= '\u0699'
        or '\u06C0' or >= '\u06C3' and <= '\u06CB' or '\u06CD' or '\u06CF' or '\u06D2' or '\u06D3' or '\u06D5'
        or '\u06EE' or '\u06EF' or >= '\u0759' and <= '\u075B' or '\u076B' or '\u076C' or '\u0771' or '\u0773' or '\u0774'
        or '\u0778' or '\u0779';

    private static Dictionary<char, (char, char, char, char)> BuildForms()
    {
        var forms = new Dictionary<char, (char, char, char, char)>();
        // Arabic Presentation Forms-B, U+FE80 on: the basic letters in order, each with 1, 2 or 4 forms.
        var next = 0xFE80;
        foreach (var (letter, count) in new (char, int)[]
        {
            ('\u0621', 1), ('\u0622', 2), ('\u0623', 2), ('\u0624', 2), ('\u0625', 2), ('\u0626', 4), ('\u0627', 2),
            ('\u0628', 4), ('\u0629', 2), ('\u062A', 4), ('\u062B', 4), ('\u062C', 4), ('\u062D', 4), ('\u062E', 4),
            ('\u062F', 2), ('\u0630', 2), ('\u0631', 2), ('\u0632', 2), ('\u0633', 4), ('\u0634', 4), ('\u0635', 4),
            ('\u0636', 4), ('\u0637', 4), ('\u0638', 4), ('\u0639', 4), ('\u063A', 4), ('\u0641', 4), ('\u0642', 4),
            ('\u0643', 4), ('\u0644', 4), ('\u0645', 4), ('\u0646', 4), ('\u0647', 4), ('\u0648', 2), ('\u0649', 2),
            ('\u064A', 4),
        })
        {
            Add(letter, next, count);
            next += count;
        }
        // Arabic Presentation Forms-A: letters of Persian, Urdu, Pashto and Kurdish that have forms there.
        foreach (var (letter, start, count) in new (char, int, int)[]
        {
            ('\u0671', 0xFB50, 2), ('\u067E', 0xFB56, 4), ('\u0679', 0xFB66, 4), ('\u06A4', 0xFB6A, 4), ('\u0686', 0xFB7A, 4),
            ('\u0688', 0xFB88, 2), ('\u0698', 0xFB8A, 2), ('\u0691', 0xFB8C, 2), ('\u06A9', 0xFB8E, 4), ('\u06AF', 0xFB92, 4),
            ('\u06BA', 0xFB9E, 2), ('\u06C0', 0xFBA4, 2), ('\u06C1', 0xFBA6, 4), ('\u06BE', 0xFBAA, 4), ('\u06D2', 0xFBAE, 2),
            ('\u06D3', 0xFBB0, 2), ('\u06AD', 0xFBD3, 4), ('\u06C7', 0xFBD7, 2), ('\u06C6', 0xFBD9, 2), ('\u06CB', 0xFBDE, 2),
            ('\u06D0', 0xFBE4, 4), ('\u06CC', 0xFBFC, 4),
        })
        {
            Add(letter, start, count);
        }
        return forms;

        void Add(char letter, int start, int count) => forms[letter] = count switch
        {
            1 => ((char)start, '\0', '\0', '\0'),
            2 => ((char)start, (char)(start + 1), '\0', '\0'),
            _ => ((char)start, (char)(start + 1), (char)(start + 2), (char)(start + 3)),
        };
    }
}

using System.Globalization;

namespace MpLeaflets.Editor.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line of plain text with no explicit
/// embeddings or isolates (they are treated as boundary neutrals): resolves levels (rules W1–W7,
/// N1–N2, I1–I2), then reorders to visual order (L1–L2) and mirrors brackets (L4). A mark stays
/// after its base character (as L3 asks for terminals that draw marks over the cell before them).
/// </summary>
public static class BidiLine
{
    private enum Bidi { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, S, WS, ON }

    /// <summary>The line in visual (left-to-right screen) order.</summary>
    public static string Reorder(string line, bool rightToLeft)
    {
        var clusters = Clusters(line);
        if (clusters.Count == 0) { return line; }
        var types = clusters.Select(Classify).ToArray();
        var levels = ResolveLevels(types, rightToLeft ? 1 : 0);
        var order = Enumerable.Range(0, clusters.Count).ToArray();
        // L2: from the highest level down to the lowest odd level, reverse every run at that level or higher.
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(int.MaxValue).Min();
        for (var level = levels.Max(); level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level) { continue; }
                var end = i;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level) { end++; }
                Array.Reverse(order, i, end - i + 1);
                i = end;
            }
        }
        return string.Concat(order.Select(i => levels[i] % 2 == 1 ? Mirror(clusters[i]) : clusters[i]));
    }

    private static int[] ResolveLevels(Bidi[] types, int paragraph)
    {
        var n = types.Length;
        var t = (Bidi[])types.Clone();
        var sos = paragraph == 1 ? Bidi.R : Bidi.L;
        // W1: a mark takes the type of what it follows (marks are folded into clusters, so this is for strays).
        for (var i = 0; i < n; i++) { if (t[i] == Bidi.NSM) { t[i] = i == 0 ? sos : t[i - 1]; } }
        // W2: European digits after Arabic letters are Arabic numbers.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is Bidi.L or Bidi.R or Bidi.AL) { lastStrong = t[i]; }
            else if (t[i] == Bidi.EN && lastStrong == Bidi.AL) { t[i] = Bidi.AN; }
        }
        // W3
        for (var i = 0; i < n; i++) { if (t[i] == Bidi.AL) { t[i] = Bidi.R; } }
        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i + 1 < n; i++)
        {
            if (t[i] == Bidi.ES && t[i - 1] == Bidi.EN && t[i + 1] == Bidi.EN) { t[i] = Bidi.EN; }
            else if (t[i] == Bidi.CS && t[i - 1] is Bidi.EN or Bidi.AN && t[i + 1] == t[i - 1]) { t[i] = t[i - 1]; }
        }
        // W5: terminators next to European digits become European digits.
        for (var i = 0; i < n; i++)
        {
            if (t[i] != Bidi.ET) { continue; }
            var end = i;
            while (end < n && t[end] == Bidi.ET) { end++; }
            var touches = (i > 0 && t[i - 1] == Bidi.EN) || (end < n && t[end] == Bidi.EN);
            for (var j = i; j < end; j++) { if (touches) { t[j] = Bidi.EN; } }
            i = end - 1;
        }
        // W6
        for (var i = 0; i < n; i++) { if (t[i] is Bidi.ES or Bidi.ET or Bidi.CS) { t[i] = Bidi.ON; } }
        // W7: European digits after a left-to-right letter (or at the start of an LTR line) are left-to-right.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is Bidi.L or Bidi.R) { lastStrong = t[i]; }
            else if (t[i] == Bidi.EN && lastStrong == Bidi.L) { t[i] = Bidi.L; }
        }
        // N1/N2: neutrals between two strong types of one direction take it; others take the paragraph's.
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(t[i])) { continue; }
            var end = i;
            while (end < n && IsNeutral(t[end])) { end++; }
            var before = i == 0 ? sos : Direction(t[i - 1]);
            var after = end == n ? sos : Direction(t[end]);
            var resolved = before == after ? before : paragraph == 1 ? Bidi.R : Bidi.L;
            for (var j = i; j < end; j++) { t[j] = resolved; }
            i = end - 1;
        }
        // I1/I2
        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = paragraph == 0
                ? t[i] switch { Bidi.R => 1, Bidi.AN or Bidi.EN => 2, _ => 0 }
                : t[i] is Bidi.L or Bidi.EN or Bidi.AN ? 2 : 1;
        }
        // L1: whitespace at the end of the line goes back to the paragraph level.
        for (var i = n - 1; i >= 0 && types[i] is Bidi.WS or Bidi.S or Bidi.BN; i--) { levels[i] = paragraph; }
        return levels;
    }

    private static bool IsNeutral(Bidi type) => type is Bidi.WS or Bidi.ON or Bidi.S or Bidi.BN;

    /// <summary>For N1, numbers count as right-to-left.</summary>
    private static Bidi Direction(Bidi type) => type == Bidi.L ? Bidi.L : Bidi.R;

    private static Bidi Classify(string cluster)
    {
        var c = cluster[0];
        switch (c)
        {
            case '\u200E': return Bidi.L;
            case '\u200F': return Bidi.R;
            case '\u061C': return Bidi.AL;
            case '\t': return Bidi.S;
            case ' ' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u3000': return Bidi.WS;
            case '+' or '-' or '\u2212': return Bidi.ES;
            case '#' or '$' or '%' or '°' or '£' or '€' or '\u066A': return Bidi.ET;
            case ',' or '.' or ':' or '/' or '\u00A0' or '\u060C': return Bidi.CS;
        }
        if (c is >= '0' and <= '9' || c is >= '\u06F0' and <= '\u06F9') { return Bidi.EN; }
        if (c is >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C') { return Bidi.AN; }
        if (c is >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F') { return Bidi.R; }
        if (c is >= '\u0600' and <= '\u07BF' or >= '\u0860' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
        {
            return Bidi.AL;
        }
        if (c is >= '\u200B' and <= '\u200D' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF') { return Bidi.BN; }
        return CharUnicodeInfo.GetUnicodeCategory(cluster, 0) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => Bidi.NSM,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => Bidi.L,
            UnicodeCategory.SpaceSeparator => Bidi.WS,
            UnicodeCategory.Control or UnicodeCategory.Format => Bidi.BN,
            _ => Bidi.ON,
        };
    }

    /// <summary>A base character with the marks after it (and a surrogate pair), kept together when reordering.</summary>
    private static List<string> Clusters(string line)
    {
        var clusters = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext()) { clusters.Add(e.GetTextElement()); }
        return clusters;
    }

    // L4, for the pairs that appear in guides (BidiMirroring.txt has many more).
    private static string Mirror(string cluster) => cluster switch
    {
        "(" => ")", ")" => "(", "[" => "]", "]" => "[", "{" => "}", "}" => "{", "<" => ">", ">" => "<",
        "«" => "»", "»" => "«", "‹" => "›", "›" => "‹",
        _ => cluster,
    };
}

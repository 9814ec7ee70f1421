namespace MpLeaflets.Checks;

/// <summary>
/// Which share of a text's letters belong to a language's script (ISO 15924 code from
/// languages.csv). Used to warn about text pasted in the wrong language or left in English.
/// </summary>
public static class ScriptCoverage
{
    public static double ShareIn(string script, string text)
    {
        int letters = 0, inScript = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsLetter(rune)) { continue; }
            letters++;
            if (Belongs(script, rune.Value)) { inScript++; }
        }
        return letters == 0 ? 1 : (double)inScript / letters;
    }

    public static bool Belongs(string script, int c) => script switch
    {
        "Latn" => c < 0x250 || c is >= 0x1E00 and <= 0x1EFF,
        "Arab" => c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF,
        "Ethi" => c is >= 0x1200 and <= 0x139F or >= 0x2D80 and <= 0x2DDF or >= 0xAB00 and <= 0xAB2F,
        "Beng" => c is >= 0x0980 and <= 0x09FF,
        "Taml" => c is >= 0x0B80 and <= 0x0BFF or >= 0x11FC0 and <= 0x11FFF,
        "Deva" => c is >= 0x0900 and <= 0x097F,
        "Hans" or "Hant" or "Hani" => c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x3000 and <= 0x303F or >= 0x20000 and <= 0x2FFFF,
        "Cyrl" => c is >= 0x0400 and <= 0x04FF,
        _ => true,
    };
}

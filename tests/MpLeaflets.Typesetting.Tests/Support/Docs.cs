using System.Text;
using MpLeaflets.Typesetting.Layout;
using MpLeaflets.Typesetting.Text;

namespace MpLeaflets.Typesetting.Tests.Support;

/// <summary>Small documents for tests, and the fixture sentences.</summary>
internal static class Docs
{
    public static IReadOnlyDictionary<string, string> Samples { get; } = File
        .ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t', 2))
        .ToDictionary(p => p[0], p => p[1]);

    public static TypesetDocument New(string language, PageSize? size = null, float body = 12f)
    {
        var profile = Profiles.For(language);
        var settings = new DocumentSettings(size ?? PageSize.A5, Margins.Millimetres(15), LanguageTypography.Text(profile, body),
            new DocumentMetadata("Test " + language, "MP Leaflets tests", Date: new DateTime(2026, 11, 1)))
        {
            Digits = profile.Digits,
        };
        return new TypesetDocument(settings);
    }

    public static byte[] Pdf(TypesetDocument document)
    {
        using var stream = new MemoryStream();
        document.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Text with all whitespace and the bidi marks pdftotext adds around right-to-left lines
    /// removed: line breaks move, and pdftotext's gap heuristics add spaces inside words of
    /// scripts whose marks are positioned (Arabic dots, Bengali), so spaces are not compared.
    /// </summary>
    public static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u200E' or '\u200F'
                    or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\f'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whitespace runs collapsed to one space, ends trimmed.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static TextSettings English(float size = 12f) => LanguageTypography.Text(Profiles.For("en"), size);
}

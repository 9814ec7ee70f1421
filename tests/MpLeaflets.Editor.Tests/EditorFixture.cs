using MpLeaflets.Content;
using MpLeaflets.Editor.Session;
using MpLeaflets.Text;
using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Tests;

/// <summary>
/// A folder with translations/ar.csv, fr.csv (one unit in each state) and a broken ps.csv, and the
/// session opened on them.
/// </summary>
internal sealed class EditorFixture : IDisposable
{
    public static readonly Language Arabic = new("ar", "Arabic", "العربية", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arab");
    public static readonly Language French = new("fr", "French", "Français", TextDirection.LeftToRight, "Latn", ["Noto Sans"], "latn");
    public static readonly Language Pashto = new("ps", "Pashto", "پښتو", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arabext");

    public EditorFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "mpleaflets-editor-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(Root, "translations"));
        new TranslationFile("fr", FrenchRows).Write(PathOf("fr"));
        new TranslationFile("ar", ArabicRows).Write(PathOf("ar"));
        // A stray quote on line 3: the same ContentException as 'mpleaflets check' gives.
        File.WriteAllText(PathOf("ps"), "id,source,translation,state,previous_source,note\nleaflet.a,Hello,سلام,translated,,\nleaflet.b,\"Bye,x,translated,,\n");
    }

    public string Root { get; }

    public static IReadOnlyList<TranslationRow> FrenchRows { get; } =
    [
        new("leaflet.title", "Your MP and your legal case", "Votre député et votre dossier", TranslationState.Reviewed, "", "Document title"),
        new("leaflet.what", "What an MP is", "", TranslationState.Untranslated, "", ""),
        new("leaflet.call", "Call your MP on 020 7219 3000 this week.", "Appelez votre député au 020 7219 3000 aujourd'hui.", TranslationState.Outdated,
            "Call your MP on 020 7219 3000 today.", "Keep the number"),
        new("leaflet.help", "Ask for help early.", "Demandez de l'aide tôt.", TranslationState.Translated, "", ""),
        new("checklist.bring", "Bring your Home Office letters.", "", TranslationState.Untranslated, "", ""),
        new("checklist.copy", "Keep a copy of everything.", "Gardez une copie de tout.", TranslationState.Translated, "", ""),
        new("leaflet.gone", "An old sentence.", "Une vieille phrase.", TranslationState.Obsolete, "", ""),
    ];

    public static IReadOnlyList<TranslationRow> ArabicRows { get; } =
    [
        new("leaflet.title", "Your MP and your legal case", "عضو البرلمان وقضيتك", TranslationState.Translated, "", "Document title"),
        new("leaflet.what", "What an MP is", "", TranslationState.Untranslated, "", ""),
    ];

    public string PathOf(string code) => Path.Combine(Root, "translations", code + ".csv");

    public static readonly DateOnly ReviewDay = new(2026, 3, 2);

    /// <summary>The session as a reviewer opens it ('mpleaflets edit --reviewer "Amina Hassan"'); <paramref name="reviewer"/> null: nobody named.</summary>
    public EditorSession Open(string? reviewer = "Amina Hassan") => new([
        new LanguageBuffer(French, PathOf("fr")),
        new LanguageBuffer(Arabic, PathOf("ar")),
        new LanguageBuffer(Pashto, PathOf("ps")),
    ])
    { Reviewer = reviewer, Today = () => ReviewDay };

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

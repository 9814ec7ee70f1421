using MpLeaflets.Content;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Support;

/// <summary>
/// Fills a copy of the project's translations in every state and with the awkward text translators
/// do write (a leading '=', '-', '+' or '@', quotes, backslashes, line breaks, a trailing tab or
/// space), so hand-off round trips are tested on the real units.
/// </summary>
internal static class SampleTranslations
{
    public static TempProject CopyOfRepositoryInEveryState()
    {
        var copy = TempProject.CopyOfRepository();
        var project = ContentProject.Load(copy.Root);
        foreach (var language in project.Languages.Languages)
        {
            var file = Synchronizer.Sync(project.ReadTranslations(language), project.Documents).File;
            file.WithRows(file.Rows.Select((r, i) => Fill(r, i, language.Code)).ToList()).Write(project.TranslationPath(language.Code));
        }
        return copy;
    }

    /// <summary>Every translation file's bytes, by name.</summary>
    public static Dictionary<string, byte[]> TranslationBytes(TempProject project) =>
        Directory.EnumerateFiles(project.PathOf("translations")).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    private static TranslationRow Fill(TranslationRow row, int index, string code) => (index % 8) switch
    {
        0 => row with { Translation = "", State = TranslationState.Untranslated, PreviousSource = "" },
        1 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Translated, PreviousSource = "" },
        2 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Reviewed, PreviousSource = "" },
        3 => row with { Translation = $"[{code}] {row.Source}", State = TranslationState.Outdated, PreviousSource = "Old English: " + row.Source },
        4 => row with { Translation = $"={code} {row.Source}", State = TranslationState.Translated, PreviousSource = "" },
        5 => row with { Translation = $"- \"{code}\" \\ {row.Source}", State = TranslationState.Translated, PreviousSource = "" },
        6 => row with { Translation = $"@{code}\n+{row.Source}\t", State = TranslationState.Outdated, PreviousSource = "" },
        _ => row with { Translation = $"'={code} {row.Source} ", State = TranslationState.Reviewed, PreviousSource = "" },
    };
}

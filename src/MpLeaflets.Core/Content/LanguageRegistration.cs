using MpLeaflets.Csv;
using MpLeaflets.Storage;
using MpLeaflets.Translations;

namespace MpLeaflets.Content;

/// <summary>
/// Adding a language: registered in content/languages.csv, with translations/&lt;code&gt;.csv holding every
/// unit untranslated. Used by 'mpleaflets add-language' and the editor. Checks everything first;
/// a bad code, a taken code or an existing file is a <see cref="ContentException"/> and nothing is written.
/// </summary>
public static class LanguageRegistration
{
    public static TranslationFile Add(ContentProject project, Language language)
    {
        if (!LanguageCatalog.IsValidCode(language.Code))
        {
            throw ContentException.Usage($"'{language.Code}' is not a language code", "Use a BCP 47 tag such as 'om', 'ku' or 'zh-Hant'");
        }
        if (EnglishLanguage.Clashes(language.Code))
        {
            throw ContentException.Usage($"'{language.Code}' is English, the source language: it is always built, from content/documents, into output/en/",
                "Nothing to add; for a regional variety use a tag such as 'en-GB'");
        }
        if (project.Languages.Find(language.Code) is not null)
        {
            throw new ContentException(LanguageCatalog.RelativePath, 0, $"language {language.Code} is already registered", "Pick another code, or edit its row");
        }
        if (!DigitSystems.IsKnown(language.Digits))
        {
            throw ContentException.Usage($"unknown digits '{language.Digits}'", $"Use one of: {string.Join(", ", DigitSystems.Names)}");
        }
        var csvPath = project.TranslationPath(language.Code);
        if (File.Exists(csvPath))
        {
            throw new ContentException(TranslationFile.RelativePath(language.Code), 0, "a translation file for this code already exists", "Register the language by editing content/languages.csv instead");
        }
        var rows = Synchronizer.Sync(new TranslationFile(language.Code, []), project.Documents).File;
        var catalog = new LanguageCatalog([.. project.Languages.Languages, language]);
        rows.Write(csvPath);
        AtomicFile.WriteAllText(project.PathOf(LanguageCatalog.RelativePath), catalog.ToCsv());
        return rows;
    }
}

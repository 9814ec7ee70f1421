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
    /// <summary>
    /// Registers the language the fields describe (in languages.csv's column order; columns left
    /// out take their defaults). <paramref name="label"/> names a column as the user gave it (an
    /// option such as --digits, or a field of the editor's form), for the messages.
    /// </summary>
    public static (Language Language, TranslationFile File) Add(ContentProject project, IReadOnlyList<string> fields, Func<string, string> label)
    {
        var padded = fields.Concat(Enumerable.Repeat("", Math.Max(0, LanguageFields.Header.Count - fields.Count))).Select(f => f.Trim()).ToList();
        var language = LanguageFields.Parse(padded, (column, problem, fix) => ContentException.Usage($"{label(column)}: {problem}", fix));
        return (language, Add(project, language));
    }

    public static TranslationFile Add(ContentProject project, Language language)
    {
        if (project.Languages.Find(language.Code) is not null)
        {
            throw new ContentException(LanguageCatalog.RelativePath, 0, $"language {language.Code} is already registered", "Pick another code, or edit its row");
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

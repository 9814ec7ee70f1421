using MpLeaflets.Translations;

namespace MpLeaflets.Handoff;

/// <summary>A row of the imported file that was not applied, and why.</summary>
/// <param name="Line">Line of the imported file the row starts on.</param>
public sealed record ImportIssue(string UnitId, int Line, string Reason);

/// <summary>What an import would do (or did) to one language's translation file.</summary>
/// <param name="File">The translation file with every accepted row applied.</param>
/// <param name="Conflicts">Reviewed translations the file would change (applied only when asked to),
/// and translations changed both in the project and in the file since it was exported (never applied).</param>
/// <param name="Refused">Rows that cannot be applied: unknown id, changed English, failed checks.</param>
public sealed record ImportResult(
    TranslationFile File,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportIssue> Conflicts,
    IReadOnlyList<ImportIssue> Refused)
{
    /// <summary>Only then is the translation file written, so an import with no edits changes no byte.</summary>
    public bool Changed => Updated > 0;
}

namespace MpLeaflets.Translations;

/// <summary>What a sync did to one language's file.</summary>
public sealed record SyncResult(TranslationFile File, int Added, int Outdated, int Obsoleted, int Restored, int Dropped)
{
    /// <summary>Documents whose English changed so much that most of their units would be retired.</summary>
    public IReadOnlyList<Rewrite> Rewrites { get; init; } = [];

    /// <summary>Units that moved within their document and took their rows with them.</summary>
    public int Moved { get; init; }

    /// <summary>The file would be written: its rows change, or it is migrated to the current columns.</summary>
    public bool Changed(TranslationFile before) => File.ToCsv() != before.ToCsv();

    /// <summary>The rows change (whatever the columns of the file): the translation is behind the English.</summary>
    public bool ChangedRows(TranslationFile before) => File.ToCsv() != before.Migrated().ToCsv();
}

/// <summary>
/// A change to the English that retires (makes obsolete, or drops) more than half of a document's
/// units in a language: a rewrite, or a mistake (a file overwritten, a code fence left open). Sync
/// refuses it unless an editor confirms it.
/// </summary>
/// <param name="File">The document's source, or null when the document is gone.</param>
/// <param name="Line">The line of the first unit that is new, or 0.</param>
public sealed record Rewrite(string DocumentId, string? File, int Line, int Retired, int Total)
{
    public static bool IsSuspicious(int retired, int total) => total >= 4 && retired * 2 > total;

    /// <summary>
    /// Stops a sync at the first suspicious rewrite with a <see cref="ContentException"/> naming the
    /// document, the line where the new English starts and every language it hits.
    /// </summary>
    public static void Refuse(IEnumerable<(string Language, SyncResult Result)> results)
    {
        var rewrites = results.SelectMany(r => r.Result.Rewrites.Select(w => (r.Language, Rewrite: w))).ToList();
        if (rewrites.Count == 0) { return; }
        var first = rewrites[0].Rewrite;
        var languages = rewrites.Where(r => r.Rewrite.DocumentId == first.DocumentId).Select(r => r.Language).ToList();
        throw new ContentException(first.File ?? $"{Content.ContentProject.DocumentsFolder}/", first.Line,
            $"{first.Problem} (in {languages.Count} language{(languages.Count == 1 ? "" : "s")}: {string.Join(", ", languages)})",
            "If the document really was rewritten, run 'mpleaflets sync --allow-rewrite'; if not, restore its English (e.g. with git). Nothing was written");
    }

    public string Problem => File is null
        ? $"the document '{DocumentId}' is gone from content/documents, which would make all {Total} of its units obsolete"
        : $"this change to the English would make {Retired} of the {Total} units of '{DocumentId}' obsolete";
}

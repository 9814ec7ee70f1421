namespace MpLeaflets.Editor.Session;

public enum SaveStatus
{
    /// <summary>Written atomically; the file on disk is now what the editor shows.</summary>
    Saved,
    /// <summary>The file changed on disk since it was loaded; nothing was written.</summary>
    ChangedOnDisk,
    /// <summary>Writing failed (permissions, disk full); the edits are still in memory.</summary>
    Failed,
}

/// <summary>What happened to one language's file on save.</summary>
public sealed record SaveOutcome(string LanguageCode, SaveStatus Status, string Message);

/// <summary>What a merge with the changed file on disk did.</summary>
/// <param name="Conflicts">Units edited here that were also changed on disk (then nothing is merged).</param>
public sealed record MergeOutcome(bool Merged, IReadOnlyList<string> Conflicts, string Message);

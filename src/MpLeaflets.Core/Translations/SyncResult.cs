namespace MpLeaflets.Translations;

/// <summary>What a sync did to one language's file.</summary>
public sealed record SyncResult(TranslationFile File, int Added, int Outdated, int Obsoleted, int Restored, int Dropped)
{
    public bool Changed(TranslationFile before) => File.ToCsv() != before.ToCsv();
}

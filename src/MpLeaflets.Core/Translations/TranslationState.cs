namespace MpLeaflets.Translations;

/// <summary>Where a unit's translation stands. Written in the CSV in lower case.</summary>
public enum TranslationState
{
    /// <summary>No translation yet.</summary>
    Untranslated,
    /// <summary>Translated, not yet checked by a native-speaking reviewer.</summary>
    Translated,
    /// <summary>Checked by a native-speaking reviewer.</summary>
    Reviewed,
    /// <summary>The English changed after this translation was made; the old English is kept.</summary>
    Outdated,
    /// <summary>The English text is gone; the translation is kept until someone deletes it.</summary>
    Obsolete,
}

public static class TranslationStates
{
    public static string ToCsv(this TranslationState state) => state.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out TranslationState state)
    {
        foreach (var candidate in Enum.GetValues<TranslationState>())
        {
            if (candidate.ToCsv() == text)
            {
                state = candidate;
                return true;
            }
        }
        state = default;
        return false;
    }

    public static string AllNames => string.Join(", ", Enum.GetValues<TranslationState>().Select(s => s.ToCsv()));
}

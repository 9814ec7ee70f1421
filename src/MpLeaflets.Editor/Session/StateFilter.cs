using MpLeaflets.Translations;

namespace MpLeaflets.Editor.Session;

/// <summary>Which units the table lists. <see cref="All"/> means every unit still in the English.</summary>
public enum StateFilter
{
    All,
    NotDone,
    /// <summary>Units whose checks find an error (not a state: the session asks the checker).</summary>
    Errors,
    Untranslated,
    Outdated,
    Translated,
    Reviewed,
    Obsolete,
}

public static class StateFilters
{
    public static bool Matches(this StateFilter filter, TranslationState state) => filter switch
    {
        StateFilter.All => state != TranslationState.Obsolete,
        StateFilter.NotDone => state is TranslationState.Untranslated or TranslationState.Outdated,
        StateFilter.Errors => state != TranslationState.Obsolete,
        StateFilter.Untranslated => state == TranslationState.Untranslated,
        StateFilter.Outdated => state == TranslationState.Outdated,
        StateFilter.Translated => state == TranslationState.Translated,
        StateFilter.Reviewed => state == TranslationState.Reviewed,
        StateFilter.Obsolete => state == TranslationState.Obsolete,
        _ => false,
    };

    public static string Label(this StateFilter filter) => filter switch
    {
        StateFilter.All => "all",
        StateFilter.NotDone => "to do",
        StateFilter.Errors => "with errors",
        _ => filter.ToString().ToLowerInvariant(),
    };

    /// <summary>The next filter in the cycle the filter key walks through.</summary>
    public static StateFilter Next(this StateFilter filter) =>
        (StateFilter)(((int)filter + 1) % Enum.GetValues<StateFilter>().Length);

    /// <summary>The filter before, for cycling backwards (Shift+F8).</summary>
    public static StateFilter Previous(this StateFilter filter)
    {
        var count = Enum.GetValues<StateFilter>().Length;
        return (StateFilter)(((int)filter - 1 + count) % count);
    }
}

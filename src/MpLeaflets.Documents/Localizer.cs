using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>A localized document, or why it cannot be printed (e.g. "fa leaflet: 3 outdated units").</summary>
public sealed record Localization(LocalizedDocument? Document, string? SkipReason);

/// <summary>
/// Fills a document with one language's translations. A unit prints only when its row matches the
/// current English and is translated or reviewed; anything else skips the document, or prints the
/// English when fallback is allowed (and the footer says so).
/// </summary>
public static class Localizer
{
    public static Localization Localize(SegmentedDocument document, SegmentedDocument? common, Language language,
        IReadOnlyDictionary<string, TranslationRow> rows, bool allowEnglishFallback)
    {
        var english = language.Code == EnglishLanguage.Code;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int outdated = 0, untranslated = 0;

        void Resolve(Unit unit)
        {
            string state;
            string text;
            if (english)
            {
                (text, state) = (unit.Source, UnitStates.Source);
            }
            else if (rows.TryGetValue(unit.Id, out var row) && row.Source == unit.Source && row.IsDone && row.Translation.Trim().Length > 0)
            {
                (text, state) = (row.Translation, row.State.ToCsv());
            }
            else
            {
                var isOutdated = row is not null && row.Translation.Trim().Length > 0;
                if (isOutdated) { outdated++; } else { untranslated++; }
                // English inside a right-to-left page is isolated (UAX #9 X5a) so its punctuation stays in place.
                (text, state) = (language.IsRightToLeft ? "\u2066" + unit.Source + "\u2069" : unit.Source, UnitStates.English);
            }

            texts[unit.Id] = text;
            states[state] = states.GetValueOrDefault(state) + 1;
        }

        foreach (var unit in document.Units)
        {
            Resolve(unit);
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in StringsFor(document.Source.Kind))
        {
            var unit = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id));
            if (unit is null)
            {
                strings[id] = CommonStrings.English(id);
                continue;
            }

            Resolve(unit);
            strings[id] = texts[unit.Id];
        }

        if ((outdated > 0 || untranslated > 0) && !allowEnglishFallback)
        {
            var parts = new List<string>();
            if (outdated > 0) { parts.Add(Count(outdated, "outdated unit")); }
            if (untranslated > 0) { parts.Add(Count(untranslated, "untranslated unit")); }
            return new Localization(null, $"{language.Code} {document.Id}: {string.Join(", ", parts)}");
        }

        if (outdated + untranslated > 0)
        {
            strings["english-fallback"] = Fallback(common, rows, english);
        }

        var markdown = english ? document.Source.Text : Reassembler.Fill(document, u => texts[u.Id]);
        var title = texts[document.TitleUnit.Id];
        var subtitle = document.SubtitleUnit is { } s ? texts[s.Id] : null;
        return new Localization(new LocalizedDocument(document, language, markdown, title, subtitle, strings, states), null);
    }

    /// <summary>The project's translation rows of one language by unit id (active rows only).</summary>
    public static IReadOnlyDictionary<string, TranslationRow> RowsById(TranslationFile file) =>
        file.ActiveRows.ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static IEnumerable<string> StringsFor(DocumentKind kind)
    {
        foreach (var id in CommonStrings.Footer)
        {
            yield return id;
        }

        yield return kind switch
        {
            DocumentKind.Leaflet => "audience",
            DocumentKind.Checklist => "tick-hint",
            _ => "write-hint",
        };
    }

    // The fallback notice itself may be untranslated; then it prints in English, which is still true.
    private static string Fallback(SegmentedDocument? common, IReadOnlyDictionary<string, TranslationRow> rows, bool english)
    {
        var unit = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId("english-fallback"));
        return !english && unit is not null && rows.TryGetValue(unit.Id, out var row) && row.Source == unit.Source && row.IsDone
            ? row.Translation
            : CommonStrings.English("english-fallback");
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}

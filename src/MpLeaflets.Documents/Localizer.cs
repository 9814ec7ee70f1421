using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>A localized document, or why it cannot be printed (e.g. "fa leaflet: 3 outdated units").</summary>
public sealed record Localization(LocalizedDocument? Document, string? SkipReason);

/// <summary>
/// Fills a document with one language's translations. A unit prints only when its row matches the
/// current English, is translated or reviewed, and passes every check that blocks printing (the
/// same checker as 'mpleaflets check' and import): a translation with a changed number, phone,
/// address or link is never printed. Anything else skips the document, naming the file and line,
/// or prints the English when fallback is allowed (and the footer says so).
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
        (string Id, int Line)? firstNotDone = null;
        var failing = new List<(TranslationRow Row, Finding Error)>();
        DateOnly? reviewedOn = null;

        void Resolve(Unit unit)
        {
            string state;
            string text;
            if (english)
            {
                (text, state) = (unit.Source, UnitStates.Source);
            }
            else if (Printable(rows, unit, language, out var row) is { } error)
            {
                failing.Add((row!, error));
                (text, state) = (English(unit.Source, language), UnitStates.English);
            }
            else if (row is not null)
            {
                (text, state) = (row.Translation, row.State.ToCsv());
                if (row is { State: TranslationState.Reviewed, Review: { } review } && !(reviewedOn >= review.On)) { reviewedOn = review.On; }
            }
            else
            {
                var isOutdated = rows.TryGetValue(unit.Id, out var old) && old.Translation.Trim().Length > 0;
                if (isOutdated) { outdated++; } else { untranslated++; }
                firstNotDone ??= (unit.Id, old?.Line ?? 0);
                (text, state) = (English(unit.Source, language), UnitStates.English);
            }

            texts[unit.Id] = text;
            states[state] = states.GetValueOrDefault(state) + 1;
        }

        foreach (var unit in document.Units)
        {
            Resolve(unit);
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var englishStrings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in CommonStrings.For(document.Source.Kind).Append("english-fallback"))
        {
            englishStrings[id] = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id))?.Source ?? CommonStrings.English(id);
        }

        foreach (var id in CommonStrings.For(document.Source.Kind))
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

        if ((outdated > 0 || untranslated > 0 || failing.Count > 0) && !allowEnglishFallback)
        {
            var parts = new List<string>();
            if (outdated > 0) { parts.Add(Count(outdated, "outdated unit")); }
            if (untranslated > 0) { parts.Add(Count(untranslated, "untranslated unit")); }
            if (firstNotDone is { } first)
            {
                // Where the first one is, as check and the help promise: the file and line, or that sync has not added it yet.
                var which = outdated + untranslated > 1 ? "the first: " : "";
                parts[^1] += first.Line > 0 ? $" ({which}{TranslationFile.RelativePath(language.Code)}:{first.Line}: {first.Id})"
                    : $" ({which}{first.Id}, not in {TranslationFile.RelativePath(language.Code)} yet: run 'mpleaflets sync')";
            }
            if (failing.Count > 0) { parts.Add(Failing(language, failing)); }
            return new Localization(null, $"{language.Code} {document.Id}: {string.Join(", ", parts)}");
        }

        if (outdated + untranslated + failing.Count > 0)
        {
            strings["english-fallback"] = Fallback(common, rows, language);
        }

        var markdown = english ? document.Source.Text : Reassembler.Fill(document, u => texts[u.Id]);
        var title = texts[document.TitleUnit.Id];
        var subtitle = document.SubtitleUnit is { } s ? texts[s.Id] : null;
        return new Localization(new LocalizedDocument(document, language, markdown, title, subtitle, strings, states, reviewedOn) { EnglishStrings = englishStrings }, null);
    }

    /// <summary>
    /// Whether a unit's translation may be printed: <paramref name="row"/> is set when it is current
    /// and done; the result is the first error of the checks that block printing, or null.
    /// </summary>
    public static Finding? Printable(IReadOnlyDictionary<string, TranslationRow> rows, Unit unit, Language language, out TranslationRow? row)
    {
        row = rows.TryGetValue(unit.Id, out var r) && r.Source == unit.Source && r.IsDone && r.Translation.Trim().Length > 0 ? r : null;
        return row is null ? null : TranslationChecker.Errors(row, language).FirstOrDefault();
    }

    /// <summary>The translation of a unit if it may be printed (see <see cref="Printable"/>), else the English.</summary>
    public static string TextOrEnglish(IReadOnlyDictionary<string, TranslationRow>? rows, Unit unit, Language language) =>
        rows is not null && Printable(rows, unit, language, out var row) is null && row is not null ? row.Translation : unit.Source;

    /// <summary>English inside a right-to-left page is isolated (UAX #9 X5a) so its punctuation stays in place.</summary>
    private static string English(string source, Language language) => language.IsRightToLeft ? "\u2066" + source + "\u2069" : source;

    /// <summary>"2 units that fail checks (translations/fr.csv:57: [phones] leaflet.1a2b3c4d: …)".</summary>
    private static string Failing(Language language, List<(TranslationRow Row, Finding Error)> failing)
    {
        var (row, error) = failing[0];
        var more = failing.Count > 1 ? $"; {failing.Count - 1} more: 'mpleaflets check --lang {language.Code}' lists them" : "";
        return $"{Count(failing.Count, "unit")} failing checks ({TranslationFile.RelativePath(language.Code)}:{row.Line}: [{error.Check}] {row.Id}: {error.Message}{more})";
    }

    /// <summary>The units a document prints: its own, then the common strings its pages carry (footer, hints).</summary>
    public static IEnumerable<Unit> PrintedUnits(SegmentedDocument document, SegmentedDocument? common) =>
        document.Units.Concat(CommonStrings.For(document.Source.Kind)
            .Select(id => common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id))).OfType<Unit>());

    /// <summary>The project's translation rows of one language by unit id (active rows only).</summary>
    public static IReadOnlyDictionary<string, TranslationRow> RowsById(TranslationFile file) =>
        file.ActiveRows.ToDictionary(r => r.Id, StringComparer.Ordinal);

    // The fallback notice itself may be untranslated; then it prints in English, which is still true.
    private static string Fallback(SegmentedDocument? common, IReadOnlyDictionary<string, TranslationRow> rows, Language language)
    {
        var unit = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId("english-fallback"));
        return unit is null ? CommonStrings.English("english-fallback") : TextOrEnglish(rows, unit, language);
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}

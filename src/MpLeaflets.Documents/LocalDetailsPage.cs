using MpLeaflets.Content;
using MpLeaflets.Text;
using MpLeaflets.Translations;
using MpLeaflets.Typesetting;
using MpLeaflets.Units;

namespace MpLeaflets.Documents;

/// <summary>
/// A pack's page of local details, one per language: which constituency the place is in and the day
/// that was checked, that a detainee may ask its MP for help, and lines to write in the MP's name,
/// office address and phone (the MP changes; the paper stays). Built like a consent form from the
/// common strings: the language with the English after it, in the page's direction, with the
/// standard footer and notices. A string that may not be printed (untranslated, or failing a check)
/// prints in English, and the page says some parts are in English.
/// </summary>
public static class LocalDetailsPage
{
    public const string Id = "local-details";

    /// <summary>The common strings the page prints as its text, in order (the footer's and hints' come on top).</summary>
    public static IReadOnlyList<string> Text { get; } = ["local-heading", "place-constituency", "place-ask-mp", "mp-name", "mp-office-address", "mp-office-phone"];

    /// <summary>Every common string the page prints (the notice of English fallback comes on top when it is used).</summary>
    public static IEnumerable<string> Printed => Text.Concat(CommonStrings.For(DocumentKind.ConsentForm));

    private static IEnumerable<string> Strings => Printed.Append("english-fallback");

    public static TypesetDocument Build(SegmentedDocument? common, Language language, IReadOnlyDictionary<string, TranslationRow> rows, Place place)
    {
        var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
        DateOnly? reviewedOn = null;
        string Local(string id)
        {
            var unit = common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id));
            if (unit is null) { return CommonStrings.English(id); }
            string state;
            string text;
            if (language.Code == EnglishLanguage.Code) { (text, state) = (unit.Source, UnitStates.Source); }
            else if (Localizer.Printable(rows, unit, language, out var row) is null && row is not null)
            {
                (text, state) = (row.Translation, row.State.ToCsv());
                if (row is { State: TranslationState.Reviewed, Review: { } review } && !(reviewedOn >= review.On)) { reviewedOn = review.On; }
            }
            else { (text, state) = (unit.Source, UnitStates.English); }
            states[state] = states.GetValueOrDefault(state) + 1;
            return text;
        }
        string English(string id) => common?.Units.FirstOrDefault(u => u.Id == CommonStrings.UnitId(id))?.Source ?? CommonStrings.English(id);

        var local = Markdown(Local, place, language.Digits);
        var english = Markdown(English, place, DigitSystem.Latin);
        var title = Local("local-heading");
        var strings = CommonStrings.For(DocumentKind.ConsentForm).ToDictionary(id => id, Local, StringComparer.Ordinal);
        if (states.ContainsKey(UnitStates.English)) { strings["english-fallback"] = Local("english-fallback"); }
        var version = new[] { common?.Source.Version ?? place.CheckedOn, place.CheckedOn }.Max();
        var source = new DocumentSource(Id, DocumentKind.ConsentForm, English("local-heading"), null, version, 0, Id, english, 0, 0, new Dictionary<string, string>());
        var doc = new LocalizedDocument(new SegmentedDocument(source, [], []), language, local, title, null, strings, states, reviewedOn)
        {
            EnglishStrings = Strings.Distinct().ToDictionary(id => id, English, StringComparer.Ordinal),
        };
        return OnePageBuilder.Build(doc, largePrint: false, "write-hint");
    }

    /// <summary>The page's Markdown in one language: two sentences about the place, then the fields.</summary>
    private static string Markdown(Func<string, string> text, Place place, DigitSystem digits) => string.Join("\n\n",
        Fill(text("place-constituency"), place, digits),
        Fill(text("place-ask-mp"), place, digits),
        text("mp-name") + " {.field lines=1}",
        text("mp-office-address") + " {.field lines=3}",
        text("mp-office-phone") + " {.field lines=1}") + "\n";

    /// <summary>A place sentence with its facts; the checked-on date in ISO form, as the place list has
    /// it, in the language's digits like the footer's date. The names keep their words together
    /// (no-break spaces): "Hayes and Harlington" broken across two lines of right-to-left text would
    /// put its halves at opposite ends of the lines.</summary>
    public static string Fill(string template, Place place, DigitSystem digits) => template
        .Replace("{{place}}", Whole(place.Name), StringComparison.Ordinal)
        .Replace("{{constituency}}", Whole(place.Constituency), StringComparison.Ordinal)
        .Replace("{{date}}", digits.Date(place.CheckedOn), StringComparison.Ordinal);

    private static string Whole(string name) => name.Replace(' ', '\u00A0');
}

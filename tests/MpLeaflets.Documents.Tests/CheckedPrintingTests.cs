using CsCheck;
using MpLeaflets.Checks;
using MpLeaflets.Content;
using MpLeaflets.Documents;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests;

/// <summary>Build prints nothing that check rejects: one checker decides for both.</summary>
public sealed class CheckedPrintingTests
{
    private const string PhoneUnit = "leaflet.c3b7da02"; // "You can also phone the House of Commons on 020 7219 3000."

    public static TheoryData<string, string, string> Tampered => new()
    {
        { "phone changed", "020 7219 3000", "020 7219 3001" },
        { "phone reversed by an override", "020 7219 3000", "\u202E020 7219 3000\u202C" },
        { "phone reversed by an isolate", "020 7219 3000", "\u2067020 7219 3000\u2069" },
        { "a mark before the phone", "020 7219 3000", "\u200F020 7219 3000" },
        { "a number added", "020 7219 3000", "020 7219 3000, 24 heures sur 24" },
        { "a web address added", "020 7219 3000", "020 7219 3000 ou t.me/aide-mp" },
        { "a bare domain added", "020 7219 3000", "020 7219 3000 (aide-mp.io)" },
        { "a link to another site", "020 7219 3000", "[020 7219 3000](https://example.org/)" },
        { "a javascript link", "020 7219 3000", "[020 7219 3000](javascript:alert(1))" },
        { "a NUL", "020 7219 3000", "020 7219 3000\u0000" },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void A_tampered_unit_is_refused_by_check_and_the_build_skips_its_document_naming_the_line(string what, string from, string to)
    {
        using var project = TempProject.CopyOfRepository();
        var (line, _) = Tamper(project, PhoneUnit, from, to);
        Assert.Equal(0, Cli.Run(project.Root, "build", "--lang", "fr", "--doc", "leaflet").ExitCode);

        var check = Cli.Run(project.Root, "check", "--lang", "fr", "--errors-only");
        File.AppendAllText(project.PathOf("content/documents/leaflet.md"), ""); // nothing else changes
        var build = Cli.Run(project.Root, "build", "--lang", "fr", "--doc", "leaflet,checklist");

        Assert.True(check.ExitCode == 1, what);
        Assert.Contains($"translations/fr.csv:{line}: error [", check.Out);
        Assert.Contains($"skipped    fr leaflet: 1 unit failing checks (translations/fr.csv:{line}: [", build.Out);
        Assert.Contains(PhoneUnit, build.Out);
        Assert.False(File.Exists(project.PathOf("output/fr/leaflet.pdf")), $"{what}: the old leaflet is removed, not left to be printed");
        Assert.False(File.Exists(project.PathOf("output/fr/leaflet.booklet.pdf")));
        Assert.True(File.Exists(project.PathOf("output/fr/checklist.pdf")));
    }

    [Fact]
    public void With_english_fallback_a_reversed_phone_number_prints_as_the_english_says_in_every_reader()
    {
        using var project = TempProject.CopyOfRepository();
        Tamper(project, PhoneUnit, "020 7219 3000", "\u202E020 7219 3000\u202C");

        var build = Cli.Run(project.Root, "build", "--lang", "fr", "--doc", "leaflet", "--allow-english-fallback");

        Assert.Equal(0, build.ExitCode);
        foreach (var (reader, extracted) in Pdfs.TextInEveryReader(project.PathOf("output/fr/leaflet.pdf")))
        {
            // Lines joined with a space: this test is about reading order; a number kept whole on
            // one line is the print layer's promise, tested with the line breaking.
            var text = System.Text.RegularExpressions.Regex.Replace(extracted, @"\s*\n\s*", " ");
            Assert.Contains("020 7219 3000", text);
            Assert.DoesNotContain("0003", text);
            Assert.True(text.Contains("You can also phone the House", StringComparison.Ordinal), $"{reader}: the English sentence is printed instead");
        }
    }

    [Fact]
    public void Check_and_build_agree_on_every_unit_of_random_tampered_translation_files()
    {
        using var project = TempProject.CopyOfRepository();
        var content = ContentProject.Load(project.Root);
        var common = content.Documents.Single(d => d.Id == CommonStrings.DocumentId);
        var printed = content.Documents.Where(d => DocumentBuilder.IsPrinted(d.Source.Kind)).ToList();
        var languages = content.Languages.Languages;
        var files = languages.ToDictionary(l => l.Code, content.ReadTranslations);
        var tamper = Gen.OneOf(
            Gen.Const<Func<string, string>>(t => t + " 42"),
            Gen.Const<Func<string, string>>(t => t.Replace("0", "8", StringComparison.Ordinal)),
            Gen.Const<Func<string, string>>(t => "\u202E" + t + "\u202C"),
            Gen.Const<Func<string, string>>(t => t + " x.io"),
            Gen.Const<Func<string, string>>(t => t.Replace("**", "", StringComparison.Ordinal)),
            Gen.Const<Func<string, string>>(t => t + "\u200F 1"),
            Gen.Const<Func<string, string>>(t => t + "."),
            Gen.Const<Func<string, string>>(t => t));
        var gen = Gen.Select(Gen.Int[0, languages.Count - 1], Gen.Int[0, 135].Array[1, 6], tamper.Array[6]);

        gen.Sample((l, units, how) =>
        {
            var language = languages[l];
            var rows = files[language.Code].Rows.ToList();
            for (var i = 0; i < units.Length; i++)
            {
                var r = rows[units[i] % rows.Count];
                rows[units[i] % rows.Count] = r with { Translation = how[i](r.Translation) };
            }
            var byId = rows.Where(r => r.IsActive).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var failing = byId.Values.Where(r => TranslationChecker.Errors(r, language).Count > 0).Select(r => r.Id).ToHashSet();
            foreach (var document in printed)
            {
                var printedIds = document.Units.Select(u => u.Id).Concat(common.Units.Select(u => u.Id).Where(id => PrintedCommon(document, id)));
                var localized = Localizer.Localize(document, common, language, byId, allowEnglishFallback: false);
                if ((localized.Document is null) != failing.Overlaps(printedIds)) { return false; }

                // With English for what cannot be printed, no failing translation reaches the page.
                var fallback = Localizer.Localize(document, common, language, byId, allowEnglishFallback: true).Document!;
                var page = string.Join("\n", [fallback.Markdown, fallback.Title, fallback.Subtitle ?? "", .. fallback.Strings.Values]);
                if (failing.Where(id => byId[id].DocumentId == document.Id).Any(id => page.Contains(byId[id].Translation, StringComparison.Ordinal))) { return false; }
            }
            return true;
        }, iter: 200);
    }

    /// <summary>The common strings a document prints: the footer, and its own hint.</summary>
    private static bool PrintedCommon(Units.SegmentedDocument document, string unitId)
    {
        var id = unitId[(CommonStrings.DocumentId.Length + 1)..];
        var hint = document.Source.Kind switch { DocumentKind.Leaflet => "audience", DocumentKind.Checklist => "tick-hint", _ => "write-hint" };
        return CommonStrings.For(document.Source.Kind).Contains(id) || id == hint;
    }

    private static (int Line, TranslationRow Row) Tamper(TempProject project, string unitId, string from, string to)
    {
        var path = project.PathOf("translations/fr.csv");
        var file = TranslationFile.Read(path, "fr");
        var row = file.Rows.Single(r => r.Id == unitId);
        Assert.Contains(from, row.Translation);
        file.WithRows([.. file.Rows.Select(r => r.Id == unitId ? r with { Translation = r.Translation.Replace(from, to, StringComparison.Ordinal) } : r)]).Write(path);
        return (row.Line, row);
    }
}

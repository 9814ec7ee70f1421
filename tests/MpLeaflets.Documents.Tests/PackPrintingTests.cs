using System.Text.RegularExpressions;
using MpLeaflets.Content;
using MpLeaflets.Tests.Conformance;

namespace MpLeaflets.Tests;

/// <summary>
/// Packs a coordinator prints with ordinary printer settings, read back as they would read them:
/// the cover's page ranges (from pdftotext), the pages' sizes (PdfPig) and the files' print
/// preferences (qpdf). Every booklet and document starts on a front side and keeps its pairing.
/// </summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed partial class PackPrintingTests(BuiltRepository built)
{
    public static TheoryData<string> Packs => [.. ContentProject.Load(TestPaths.RepoRoot).Packs.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(Packs))]
    public void The_cover_gives_exact_page_ranges_and_every_booklet_and_document_starts_on_a_front_side(string id)
    {
        var (pack, path, cover) = Read(id);
        var sizes = Pdfs.PageSizes(path);

        var coverRange = Range(CoverStep().Match(cover));
        var booklets = Range(BookletStep().Match(cover));
        var sheets = Range(SheetStep().Match(cover));
        var parts = ContentsLine().Matches(cover).Select(m => (First: int.Parse(m.Groups[1].Value), Last: int.Parse(m.Groups[2].Value), Booklet: m.Groups[3].Value == "booklet")).OrderBy(p => p.First).ToList();

        Assert.Equal((1, 2), coverRange);
        Assert.Equal(coverRange.Last + 1, booklets.First);
        Assert.Equal(booklets.Last + 1, sheets.First);
        Assert.Equal(sizes.Count, sheets.Last);
        Assert.Equal(pack.Languages.Count * (pack.Documents.Count + (pack.PlaceId is null ? 0 : 1)), parts.Count);
        var next = booklets.First;
        foreach (var (first, last, booklet) in parts)
        {
            Assert.Equal(next, first);
            Assert.True(first % 2 == 1, $"{id}: pages {first}–{last} start on a back side");
            Assert.True((last - first + 1) % 2 == 0, $"{id}: pages {first}–{last} are not whole sheets");
            Assert.Equal(booklet, first <= booklets.Last);
            for (var p = first; p <= last; p++)
            {
                var (width, height) = sizes[p - 1];
                Assert.True(booklet ? Math.Abs(width - Pdfs.A4Height) < 0.01 && Math.Abs(height - Pdfs.A4Width) < 0.01
                    : Math.Abs(width - Pdfs.A4Width) < 0.01 && Math.Abs(height - Pdfs.A4Height) < 0.01, $"{id} page {p}: {width} x {height}");
            }
            next = last + 1;
        }
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void The_cover_names_documents_by_title_and_says_what_to_print_once_and_how_many_copies(string id)
    {
        var (pack, _, cover) = Read(id);
        var oneLine = Regex.Replace(cover, @"\s+", " ");

        foreach (var document in pack.Documents)
        {
            Assert.Contains(built.Project.Documents.First(d => d.Id == document).Source.Title, oneLine, StringComparison.Ordinal);
            if (document.Contains('-')) { Assert.DoesNotContain(document, oneLine, StringComparison.Ordinal); }
        }
        Assert.Contains("this cover sheet: print once", oneLine, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(oneLine, $"print {pack.Copies} copies").Count);
        var rightToLeft = pack.Languages.Any(code => built.Project.Languages.Require(code).IsRightToLeft);
        Assert.Equal(rightToLeft, oneLine.Contains("open from the right", StringComparison.Ordinal) || oneLine.Contains("opens from the right", StringComparison.Ordinal));
    }

    [Fact]
    public void Detention_packs_hold_the_letter_of_authority_for_the_MP_where_the_detainee_used_to_live()
    {
        var detention = built.Project.Packs.Where(p => p.For == "detention-centre").ToList();

        Assert.NotEmpty(detention);
        Assert.All(detention, pack =>
        {
            Assert.Contains("consent-mp-action", pack.Documents);
            Assert.Contains("Consent for my MP to act with the Home Office", Regex.Replace(Read(pack.Id).Cover, @"\s+", " "), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("ar", "leaflet.booklet", "/DuplexFlipShortEdge")]
    [InlineData("fr", "leaflet.booklet", "/DuplexFlipShortEdge")]
    [InlineData("ur", "consent-supporter", "/DuplexFlipLongEdge")]
    [InlineData("en", "consent-mp-action", "/Simplex")]
    public void Booklets_are_exact_A4_unscaled_and_ask_to_flip_on_the_short_edge(string language, string file, string duplex)
    {
        var path = Path.Combine(built.Output, language, file + ".pdf");
        var pdf = QpdfObjects.Read(path);
        var preferences = pdf.Resolve(QpdfObjects.Get(pdf.Catalog, "/ViewerPreferences")!.Value);

        Assert.Equal("/None", QpdfObjects.Get(preferences, "/PrintScaling")?.GetString());
        Assert.Equal(duplex, QpdfObjects.Get(preferences, "/Duplex")?.GetString());
        var (width, height) = file.EndsWith(".booklet", StringComparison.Ordinal) ? (Pdfs.A4Height, Pdfs.A4Width) : (Pdfs.A4Width, Pdfs.A4Height);
        Assert.All(Pdfs.PageSizes(path), s => Assert.True(Math.Abs(s.Width - width) < 0.01 && Math.Abs(s.Height - height) < 0.01, $"{s.Width} x {s.Height}"));
    }

    [Fact]
    public void The_local_details_page_is_in_the_language_with_the_place_the_date_it_was_checked_and_lines_for_the_MP()
    {
        var (_, path, _) = Read("detention-harmondsworth-ar-fa");
        var text = Pdfs.TextInEveryReader(path).First(r => r.Reader == "pdftotext").Text.Split('\f');
        var arabic = text.First(page => page.Contains("Name of the MP", StringComparison.Ordinal));

        Assert.Contains("عضو البرلمان عن هذا المكان", arabic, StringComparison.Ordinal);
        Assert.Contains("The MP for this place", arabic, StringComparison.Ordinal);
        Assert.Contains("2026-11-27", arabic, StringComparison.Ordinal);
        // The day it was checked is in the language's digits, as the footer's date is (MuPDF reads logical order).
        var mutool = Pdfs.TextInEveryReader(path).First(r => r.Reader == "mutool").Text;
        Assert.Contains("بتاريخ ٢٠٢٦-١١-٢٧", mutool, StringComparison.Ordinal);
        Assert.Contains("۲۰۲۶-۱۱-۲۷", mutool, StringComparison.Ordinal);
        Assert.Contains("Hayes", arabic, StringComparison.Ordinal);
        Assert.Contains("Phone number of the MP's office", arabic, StringComparison.Ordinal);
        Assert.Contains("General information, not legal advice.", arabic, StringComparison.Ordinal);
    }

    private (Pack Pack, string Path, string Cover) Read(string id)
    {
        var pack = built.Project.Packs.Single(p => p.Id == id);
        var path = Path.Combine(built.Output, "packs", id + ".pdf");
        var pages = Pdfs.TextInEveryReader(path).First(r => r.Reader == "pdftotext").Text.Split('\f');
        return (pack, path, pages[0] + "\n" + pages[1]);
    }

    private static (int First, int Last) Range(Match m)
    {
        Assert.True(m.Success, "the cover does not give this page range");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    [GeneratedRegex(@"Pages (\d+)–(\d+), this cover sheet")]
    private static partial Regex CoverStep();

    [GeneratedRegex(@"Pages (\d+)–(\d+), the leaflets as booklets")]
    private static partial Regex BookletStep();

    [GeneratedRegex(@"Pages (\d+)–(\d+), each language's")]
    private static partial Regex SheetStep();

    [GeneratedRegex(@"Pages (\d+)–(\d+): [^(]+\((booklet|1 sheet|\d+ sheets)")]
    private static partial Regex ContentsLine();
}

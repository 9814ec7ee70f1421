using System.Text.RegularExpressions;
using MpLeaflets.Checks;
using MpLeaflets.Documents.Build;
using MpLeaflets.Units;

namespace MpLeaflets.Tests;

/// <summary>
/// A phone number or web address broken over two lines is copied wrong by a reader writing it out by
/// hand: every one printed must be whole on one line, in every document and language, normal and large print.
/// </summary>
[Collection(BuiltRepositoryCollection.Name)]
public sealed class FactsOnOneLineTests(BuiltRepository built)
{
    [Fact]
    public void No_phone_number_or_web_or_email_address_is_split_across_lines_in_any_document()
    {
        var facts = built.Project.Documents.SelectMany(d => d.Units).SelectMany(u =>
        {
            var found = Facts.Extract(u.Source);
            return found.Urls.Concat(found.Phones).Concat(found.Emails);
        }).Distinct().ToList();
        Assert.Contains("020 7219 3000", facts);
        Assert.Contains("https://members.parliament.uk/", facts);

        var split = new List<string>();
        foreach (var pdf in Directory.EnumerateFiles(built.Output, "*.pdf", SearchOption.AllDirectories).Where(p => !p.Contains("booklet") && !p.Contains("packs")))
        {
            foreach (var (reader, text) in Pdfs.TextInEveryReader(pdf))
            {
                // MuPDF reads Arabic-script pages in drawing order until the PDF writer of our own lands; its lines there say nothing yet.
                if (reader == "mutool" && Regex.IsMatch(text, @"[\u0600-\u06FF]")) { continue; }
                var lines = text.Split('\n').Select(l => l.Trim()).ToList();
                var joined = string.Join(" ", lines);
                foreach (var fact in facts)
                {
                    var whole = lines.Sum(l => Count(l, fact));
                    var anywhere = Count(Regex.Replace(joined, @"(?<=[/.:])\s+", ""), fact);
                    if (whole < anywhere) { split.Add($"{Path.GetRelativePath(built.Output, pdf)} ({reader}): '{fact}'"); }
                }
            }
        }

        Assert.True(split.Count == 0, "split across lines:\n" + string.Join("\n", split));
    }

    private static int Count(string text, string fact) => Regex.Matches(text, Regex.Escape(fact).Replace(@"\ ", @"\s+")).Count;
}

using CsCheck;
using MpLeaflets.Content;
using MpLeaflets.Handoff;
using MpLeaflets.Text;

namespace MpLeaflets.Tests.Handoff;

public sealed class PoFileTests
{
    private static readonly Language Arabic = new("ar", "Arabic", "العربية", TextDirection.RightToLeft, "Arab", ["Noto Naskh Arabic"], "arab");

    private static readonly HandoffRow Outdated = new("leaflet.aim", "The Home Office aims to answer within 20 working days.",
        "تهدف وزارة الداخلية إلى الرد خلال 15 يوم عمل.", "outdated", true, "The Home Office aims to answer within 15 working days.",
        "Keep the numbers.", "abc");

    [Fact]
    public void The_header_names_the_language_charset_project_and_a_date_taken_from_the_content()
    {
        var po = PoFile.Write(Arabic, new DateOnly(2026, 11, 27), []);

        Assert.Contains("\"Language: ar\\n\"", po);
        Assert.Contains("\"Content-Type: text/plain; charset=UTF-8\\n\"", po);
        Assert.Contains("\"Content-Transfer-Encoding: 8bit\\n\"", po);
        Assert.Contains("\"Project-Id-Version: MP Leaflets 2026-11-27\\n\"", po);
        Assert.Contains("\"PO-Revision-Date: 2026-11-27 00:00+0000\\n\"", po);
    }

    [Fact]
    public void An_outdated_unit_is_fuzzy_with_its_previous_English_its_note_and_its_id_as_context()
    {
        var po = PoFile.Write(Arabic, new DateOnly(2026, 11, 27), [Outdated]);

        Assert.EndsWith("""

            #. Keep the numbers.
            #, fuzzy
            #| msgid "The Home Office aims to answer within 15 working days."
            msgctxt "leaflet.aim"
            msgid "The Home Office aims to answer within 20 working days."
            msgstr "تهدف وزارة الداخلية إلى الرد خلال 15 يوم عمل."

            """.ReplaceLineEndings("\n"), po);
    }

    [Fact]
    public void Quotes_backslashes_tabs_and_line_breaks_are_escaped_and_long_strings_wrapped_within_79_columns()
    {
        var text = "Say \"yes\" \\ or\tno.\nThen " + string.Concat(Enumerable.Repeat("wait a little longer, ", 8)) + "end.";

        var lines = PoString.Lines("", "msgid", text).ToList();

        Assert.Equal("msgid \"\"", lines[0]);
        Assert.Equal("\"Say \\\"yes\\\" \\\\ or\\tno.\\n\"", lines[1]);
        Assert.All(lines, line => Assert.True(line.Length <= PoString.Width, line));
        Assert.Equal(text, string.Concat(lines.Skip(1).Select(l => PoString.Unquote(l, out _))));
    }

    [Fact]
    public void Any_text_written_as_PO_lines_reads_back_the_same()
    {
        Gen.String[Gen.Char["ab \"\\\n\t\r\u0001éب"], 0, 200].Sample(text =>
        {
            var lines = PoString.Lines("", "msgstr", text).ToList();
            var literals = lines.Count == 1 ? [lines[0]["msgstr ".Length..]] : lines.Skip(1);
            return string.Concat(literals.Select(l => PoString.Unquote(l, out _))) == text;
        });
    }

    [Fact]
    public void Exporting_the_same_rows_twice_gives_the_same_text()
    {
        Assert.Equal(PoFile.Write(Arabic, new DateOnly(2026, 11, 27), [Outdated]), PoFile.Write(Arabic, new DateOnly(2026, 11, 27), [Outdated]));
    }
}

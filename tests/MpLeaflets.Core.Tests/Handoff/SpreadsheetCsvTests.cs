using System.Text;
using MpLeaflets.Handoff;

namespace MpLeaflets.Tests.Handoff;

public sealed class SpreadsheetCsvTests
{
    private static readonly HandoffRow Row = new("leaflet.a1", "+44 20 7219 3000", "=1+1 \"quoted\"\nsecond line", "translated", false, "", "Note, with comma", "0123456789");

    [Fact]
    public void The_export_is_UTF8_with_a_BOM_CRLF_line_ends_and_every_field_quoted()
    {
        var bytes = SpreadsheetCsv.Write([Row]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("\"id\",\"english\",\"translation\",\"state\",\"previous_english\",\"note\",\"english_hash\",\"reviewer\",\"reviewed_on\",\"translation_hash\"\r\n", text);
        Assert.EndsWith("\"0123456789\",\"\",\"\",\"\"\r\n", text);
        Assert.Contains("\"leaflet.a1\",\"'+44 20 7219 3000\",\"'=1+1 \"\"quoted\"\"\nsecond line\",\"translated\",\"\",\"Note, with comma\",", text);
    }

    [Fact]
    public void A_translation_starting_with_an_equals_or_minus_sign_is_escaped_in_the_file_and_comes_back_unchanged()
    {
        HandoffRow[] rows = [Row, Row with { Id = "leaflet.a2", Translation = "- une liste" }];

        var text = Encoding.UTF8.GetString(SpreadsheetCsv.Write(rows));
        var back = SpreadsheetCsv.Parse(text, "fr.csv");

        Assert.Contains("\"'- une liste\"", text);
        Assert.Equal(["=1+1 \"quoted\"\nsecond line", "- une liste"], back.Select(r => r.Translation));
        Assert.Equal("+44 20 7219 3000", back[0].English);
    }

    [Fact]
    public void A_file_saved_again_by_a_spreadsheet_without_BOM_with_LF_and_fewer_quotes_reads_the_same()
    {
        var saved = "id,english,translation,state,previous_english,note,english_hash\n"
            + "leaflet.a1,'+44 20 7219 3000,\"'=1+1 \"\"quoted\"\"\r\nsecond line\",translated,,\"Note, with comma\",0123456789\n";

        var row = Assert.Single(SpreadsheetCsv.Parse(saved, "fr.csv"));

        Assert.Equal(Row with { Line = 2 }, row);
    }

    [Fact]
    public void A_file_saved_with_semicolons_is_refused_with_how_to_save_it()
    {
        var e = Assert.Throws<ContentException>(() => SpreadsheetCsv.Parse("id;english;translation\n", "fr.csv"));

        Assert.Contains("fr.csv:1: the columns are separated by ';'", e.Message);
    }

    [Fact]
    public void A_file_with_a_missing_column_is_refused_naming_the_line()
    {
        var text = "id,english,translation,state,previous_english,note,english_hash\nleaflet.a1,Hello,Bonjour,translated\n";

        var e = Assert.Throws<ContentException>(() => SpreadsheetCsv.Parse(text, "fr.csv"));

        Assert.StartsWith("fr.csv:2:", e.Message);
    }
}

using System.Text;
using CsCheck;
using MpLeaflets.Translations;

namespace MpLeaflets.Tests.Csv;

public sealed class TranslationFileTests
{
    private const string Header = "id,source,translation,state,previous_source,note\n";

    private static ContentException Fails(string text) =>
        Assert.Throws<ContentException>(() => TranslationFile.Parse(text, "fr", "translations/fr.csv"));

    [Fact]
    public void Every_translation_file_in_the_repository_is_written_back_byte_for_byte()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "translations"), "*.csv"))
        {
            var code = Path.GetFileNameWithoutExtension(path);
            var bytes = File.ReadAllBytes(path);

            var written = Encoding.UTF8.GetBytes(TranslationFile.Read(path, code).ToCsv());

            Assert.True(bytes.AsSpan().SequenceEqual(written), $"{path} changes when read and written");
        }
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_where_it_opens()
    {
        var e = Fails(Header + "a.1,one,un,translated,,\na.2,\"two,deux,translated,,\na.3,three,trois,translated,,\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("closing quote", e.Message);
    }

    [Fact]
    public void A_wrong_column_count_names_the_line()
    {
        var e = Fails(Header + "a.1,one,un,translated,,\na.2,two,deux,translated\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("4 columns", e.Message);
    }

    [Fact]
    public void An_unknown_state_names_the_line_and_the_states_allowed()
    {
        var e = Fails(Header + "a.1,one,un,done,,\n");
        Assert.Equal(2, e.Line);
        Assert.Contains("untranslated, translated, reviewed, outdated, obsolete", e.Message);
    }

    [Fact]
    public void A_duplicate_id_names_both_lines()
    {
        var e = Fails(Header + "a.1,one,un,translated,,\na.1,one,un,translated,,\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("first on line 2", e.Message);
    }

    [Fact]
    public void A_missing_header_is_reported_on_line_one()
    {
        var e = Fails("a.1,one,un,translated,,\n");
        Assert.Equal(1, e.Line);
        Assert.Contains("id,source,translation,state,previous_source,note", e.Message);
    }

    [Fact]
    public void A_multi_line_field_does_not_shift_the_line_numbers_of_later_rows()
    {
        var e = Fails(Header + "a.1,\"one\ntwo\",un,translated,,\na.2,x,y,bad,,\n");
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Invalid_utf8_names_the_line_of_the_bad_byte()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Header + "a.1,one,un,translated,,\na.2,t"), 0xC3, 0x28, .. "wo,x,translated,,\n"u8]);
            var e = Assert.Throws<ContentException>(() => TranslationFile.Read(path, "fr"));
            Assert.Equal(3, e.Line);
            Assert.Contains("not valid UTF-8", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Any_text_survives_a_write_and_a_read()
    {
        var text = Gen.OneOf(Gen.String, Gen.String["\"\n\r,= \u200F\u2066\u2069😀ا"], Gen.Const("=SUM(A1)"), Gen.Const(" leading and trailing "));
        Gen.Select(text, text, Gen.Enum<TranslationState>()).Sample((source, translation, state) =>
        {
            var row = new TranslationRow("doc.abc12345", Clean(source), Clean(translation), state, Clean(translation), Clean(source));
            var csv = new TranslationFile("fr", [row]).ToCsv();

            var back = TranslationFile.Parse(csv, "fr", "x.csv").Rows.Single();

            Assert.Equal(row with { Line = 2 }, back);
        }, iter: 2000);
    }

    /// <summary>CSV carries text, not lone UTF-16 surrogates (which are not valid UTF-8).</summary>
    private static string Clean(string s) => new(s.Where(c => !char.IsSurrogate(c) || s.Contains("😀")).ToArray());
}

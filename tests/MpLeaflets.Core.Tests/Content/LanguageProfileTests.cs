using MpLeaflets.Content;
using MpLeaflets.Text;

namespace MpLeaflets.Tests.Content;

/// <summary>languages.csv is the one place a language's typography lives: read, checked, written back.</summary>
public sealed class LanguageProfileTests : IDisposable
{
    private readonly TempProject _project = TempProject.CopyOfRepository();

    public void Dispose() => _project.Dispose();

    private string Csv => _project.PathOf("content/languages.csv");

    [Fact]
    public void The_shipped_file_gives_urdu_its_taller_lines_and_every_language_its_digits()
    {
        var languages = LanguageCatalog.Read(Csv);

        var urdu = languages.Require("ur").Profile;
        Assert.Equal((1.9f, 1.65f), (urdu.LineSpacing(1.35f), urdu.LineSpacing(1.25f, form: true)));
        Assert.Equal(1.4f, languages.Require("fr").Profile.LineSpacing(1.4f));
        Assert.Equal("arabext", languages.Require("fa").Digits.Name);
        Assert.True(languages.Require("ckb").Profile.MirrorsPage);
        Assert.Equal(["Noto Nastaliq Urdu", "Noto Naskh Arabic", "Noto Sans"], urdu.FontChain);
    }

    [Fact]
    public void Reading_and_writing_the_file_gives_the_same_bytes()
    {
        Assert.Equal(File.ReadAllText(Csv), LanguageCatalog.Read(Csv).ToCsv());
    }

    [Fact]
    public void A_file_with_the_first_seven_columns_still_loads_with_the_defaults()
    {
        File.WriteAllText(Csv, "code,english_name,native_name,direction,script,fonts,digits\nfa,Persian,فارسی,rtl,Arab,Noto Naskh Arabic,arabext\n");

        var persian = LanguageCatalog.Read(Csv).Require("fa").Profile;

        Assert.Equal((TextDirection.RightToLeft, (float?)null, (float?)null), (persian.Direction, persian.LineHeight, persian.MinimumSize));
    }

    [Theory]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latin,Noto Sans,latn,,,", "'Latin' for om is not a script code")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans Arabic,latn,,,", "the font 'Noto Sans Arabic' for om is not one the program has")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,,latn,,,", "no fonts for om")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,roman,,,", "unknown digits 'roman' for om")]
    [InlineData("om,Oromo,Afaan Oromoo,ttb,Latn,Noto Sans,latn,,,", "direction 'ttb' for om is neither ltr nor rtl")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,latn,tall,,", "line_height 'tall' for om is not a number from 1 to 3")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,latn,,0.5,", "line_height_forms '0.5' for om is not a number from 1 to 3")]
    [InlineData("om,Oromo,Afaan Oromoo,ltr,Latn,Noto Sans,latn,,,2", "min_size '2' for om is not a number from 4 to 24")]
    public void A_bad_value_names_the_line_the_column_and_what_to_write(string row, string problem)
    {
        File.AppendAllText(Csv, row + "\n");

        var e = Assert.Throws<ContentException>(() => LanguageCatalog.Read(Csv));

        Assert.Equal(("content/languages.csv", 15), (e.File, e.Line));
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Add_language_takes_every_column_as_an_option_and_names_the_option_when_it_is_wrong()
    {
        var project = ContentProject.Load(_project.Root);

        var bad = Assert.Throws<ContentException>(() => LanguageRegistration.Add(project, ["prs", "Dari", "دری", "rtl", "Arab", "Noto Naskh Arabic", "arabext", "9"], c => "--" + c));
        var (dari, _) = LanguageRegistration.Add(project, ["prs", "Dari", "دری", "rtl", "Arab", "Noto Naskh Arabic", "arabext", "1.5", "", "8"], c => "--" + c);

        Assert.StartsWith("--line_height: line_height '9' for prs is not a number from 1 to 3", bad.Message);
        Assert.Equal((1.5f, 8f), (dari.Profile.LineHeight!.Value, dari.Profile.MinimumSize!.Value));
        Assert.EndsWith("prs,Dari,دری,rtl,Arab,Noto Naskh Arabic,arabext,1.5,,8\n", File.ReadAllText(Csv));
    }
}

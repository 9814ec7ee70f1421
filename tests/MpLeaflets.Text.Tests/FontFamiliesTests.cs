namespace MpLeaflets.Text.Tests;

/// <summary>The one font list, fonts/fonts.csv: what the program knows of its fonts comes from it.</summary>
public sealed class FontFamiliesTests
{
    private const string Header = "family,package,version,regular,bold,italic,licence,shared_fallback";

    [Fact]
    public void The_program_knows_the_families_of_the_list_in_the_repository_with_Noto_Sans_first_in_the_shared_fallback()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot(), "fonts", "fonts.csv")).Skip(1).Where(l => l.Length > 0);

        Assert.Equal(lines.Select(l => l.Split(',')[0]), FontFamilies.Names);
        Assert.Equal("Noto Sans", FontFamilies.Fallback);
        Assert.DoesNotContain(FontFamilies.SharedFallback, f => f.Name == "Noto Nastaliq Urdu");
        Assert.Equal("NotoNaskhArabic_700Bold.ttf", FontFamilies.All.Single(f => f.Id == "NotoNaskhArabic").FileName(bold: true, italic: false));
        Assert.Null(FontFamilies.All.Single(f => f.Id == "NotoSansTamil").FileName(bold: false, italic: true));
    }

    [Theory]
    [InlineData("family,package\n", "fonts/fonts.csv:1: the header must be")]
    [InlineData(Header + "\nNoto Sans,@expo-google-fonts/noto-sans,0.4.2,a.ttf\n", "fonts/fonts.csv:2: a family needs 8 fields")]
    [InlineData(Header + "\nNoto Sans,@expo-google-fonts/noto-sans,0.4.2,a.ttf,b.ttf,,LICENSE,1\nNoto X,,1,a.ttf,b.ttf,,LICENSE,\n", "fonts/fonts.csv:3: a family needs 8 fields, with a name, a package")]
    public void A_broken_list_is_refused_naming_its_line(string csv, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => FontFamilies.Parse(csv));

        Assert.StartsWith(message, e.Message);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MpLeaflets.sln"))) { dir = dir.Parent; }
        return dir!.FullName;
    }
}

using MpLeaflets.Text;
using MpLeaflets.Typesetting.Fonts;

namespace MpLeaflets.Tests.Fonts;

/// <summary>The catalog finds every font of the list, and finds the folder as an installed tool or the repository has it.</summary>
public sealed class FontCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mpleaflets-fonts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_style_of_every_family_in_the_list_loads_with_its_licence_beside_it()
    {
        var catalog = FontCatalog.Default;

        foreach (var family in FontFamilies.All)
        {
            foreach (var variant in Enum.GetValues<FontVariant>().Where(v => FontCatalog.FileName(family.Id, v) is not null))
            {
                var face = catalog.Get(family.Id, variant);
                Assert.True(face.UnitsPerEm > 0, $"{family.Name} {variant}");
            }
            Assert.StartsWith("Copyright", File.ReadAllText(Path.Combine(catalog.Directory, family.LicenceFileName)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_folder_is_the_environment_variable_then_fonts_beside_the_program_then_fonts_cache_above_it()
    {
        var program = Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "bin")).FullName;
        var cache = Directory.CreateDirectory(Path.Combine(_root, "repo", "fonts", "cache")).FullName;

        Assert.Equal(cache, FontCatalog.FindFontDirectory(program, null));
        var beside = Directory.CreateDirectory(Path.Combine(program, "fonts")).FullName;
        Assert.Equal(beside, FontCatalog.FindFontDirectory(program, ""));
        Assert.Equal("/somewhere/else", FontCatalog.FindFontDirectory(program, "/somewhere/else"));
    }

    [Fact]
    public void No_fonts_anywhere_says_where_it_looked_and_what_to_do()
    {
        var program = Directory.CreateDirectory(Path.Combine(_root, "nothing", "bin")).FullName;

        var e = Assert.Throws<FontNotFoundException>(() => FontCatalog.FindFontDirectory(program, null));

        Assert.Contains(Path.Combine(program, "fonts"), e.Message);
        Assert.Contains("MPLEAFLETS_FONTS", e.Message);
        Assert.Contains("Reinstall the tool", e.Message);
    }
}

using MpLeaflets.Content;
using MpLeaflets.Text;

namespace MpLeaflets.Tests.Content;

public sealed class FrontMatterTests
{
    [Fact]
    public void Broken_yaml_names_the_file_and_line()
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Parse("---\nid: doc\nkind: leaflet\ntitle: a: b\nversion: 2026-01-01\n---\nText\n", "content/documents/doc.md"));

        Assert.Equal("content/documents/doc.md", e.File);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error()
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Parse("---\nid: doc\nkind: leaflet\n\nText\n", "d.md"));
        Assert.Contains("not closed", e.Message);
    }

    [Fact]
    public void A_bad_version_date_names_its_line()
    {
        var e = Assert.Throws<ContentException>(() => FrontMatter.Parse("---\nid: doc\nkind: leaflet\ntitle: T\nversion: soon\n---\n", "d.md"));
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Page_numbers_use_the_languages_digits()
    {
        var persian = new Language("fa", "Persian", "فارسی", TextDirection.RightToLeft, "Arab", [], "arabext");
        Assert.Equal("۱۲", persian.FormatNumber(12));
    }
}

using MpLeaflets.Content;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Units;

/// <summary>English that would drop or garble text on paper is refused with its line, not obeyed.</summary>
public sealed class SourceCheckTests
{
    private const string Front = "---\nid: doc\nkind: leaflet\ntitle: Title\nversion: 2026-01-01\n---\n";

    private static ContentException Refused(string body) =>
        Assert.Throws<ContentException>(() => Segmenter.Segment(FrontMatter.Parse(Front + body, "content/documents/doc.md")));

    [Fact]
    public void An_unclosed_code_fence_is_refused_at_the_line_it_opens()
    {
        var e = Refused("One.\n\nTwo.\n\n```\nThree.\n\nFour.\n");

        Assert.Equal(("content/documents/doc.md", 11), (e.File, e.Line));
        Assert.Contains("code fence opened on this line is never closed", e.Message);
    }

    [Fact]
    public void Raw_html_and_code_blocks_which_are_not_printed_are_refused()
    {
        Assert.Equal(9, Refused("One.\n\n<div>Call us</div>\n\nTwo.\n").Line);
        Assert.Contains("raw HTML is not printed", Refused("One.\n\n<div>Call us</div>\n").Message);
        Assert.Contains("code block", Refused("One.\n\n```\ncode\n```\n").Message);
        Assert.Contains("indented by four spaces", Refused("One.\n\n    Indented by mistake.\n").Message);
    }

    [Theory]
    [InlineData("Phone number of the MP's office {#mp-office-phone}\nTotally new text. {#audience}\n", "{#mp-office-phone}")]
    [InlineData("Your name {.field lines=1}\nYour address {.field lines=2}\n", "{.field lines=1}")]
    public void An_id_or_field_mark_followed_by_another_line_of_its_paragraph_is_refused(string body, string stray)
    {
        // Without a blank line between them the two lines are one paragraph: the first mark was printed as text.
        var e = Refused("One.\n\n" + body);

        Assert.Equal(9, e.Line);
        Assert.Contains($"'{stray}' is in the middle of this paragraph", e.Message);
    }

    [Fact]
    public void Placeholders_in_double_braces_are_not_marks()
    {
        var doc = Segmenter.Segment(FrontMatter.Parse(Front + "Version {{date}} {#version}\n", "doc.md"));

        Assert.Equal("Version {{date}}", doc.Units[1].Source);
    }

    [Fact]
    public void Html_comments_are_translator_notes_and_stay_allowed()
    {
        var doc = Segmenter.Segment(FrontMatter.Parse(Front + "<!-- Translator note: keep it short. -->\nOne.\n", "doc.md"));

        Assert.Equal("Translator note: keep it short.", doc.Units[1].Note);
    }

    [Fact]
    public void A_list_nested_500_deep_is_refused_with_a_line_not_a_crash()
    {
        var deep = string.Join("\n", Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- item"));

        var e = Refused("One.\n\n" + deep + "\n");

        Assert.True(e.Line > 7, e.Message);
        Assert.Contains("nested", e.Message);
    }

    [Fact]
    public void A_list_nested_deeper_than_the_limit_is_refused()
    {
        var deep = string.Join("\n", Enumerable.Range(0, 12).Select(i => new string(' ', 2 * i) + "- item " + i));

        Assert.Contains("nested more than 8 deep", Refused(deep + "\n").Message);
    }

    [Fact]
    public void A_unit_longer_than_the_limit_is_refused_with_its_line()
    {
        var e = Refused("One.\n\n" + new string('a', UnitText.MaxLength + 1) + "\n");

        Assert.Equal(9, e.Line);
        Assert.Contains("at most 5,000", e.Message);
    }

    [Fact]
    public void An_override_in_the_english_is_refused()
    {
        Assert.Contains("RIGHT-TO-LEFT OVERRIDE", Refused("Call \u202E020 7219 3000\u202C.\n").Message);
    }
}

using MpLeaflets.Units;

namespace MpLeaflets.Tests.Units;

public sealed class SegmenterTests
{
    private static IReadOnlyList<Unit> Units(string markdown) => Segmenter.SegmentMarkdown("doc", markdown).Units;

    [Fact]
    public void Each_heading_paragraph_list_item_task_and_field_is_one_unit()
    {
        var units = Units("## Finding your MP\n\nSearch with your postcode.\n\n- first\n- second\n\n- [ ] Bring letters\n\nFull name {.field lines=2}\n\nSignature {.signature}\n");

        Assert.Equal(["Finding your MP", "Search with your postcode.", "first", "second", "Bring letters", "Full name", "Signature"], units.Select(u => u.Source));
        Assert.Equal([UnitKind.Heading, UnitKind.Paragraph, UnitKind.ListItem, UnitKind.ListItem, UnitKind.Task, UnitKind.Field, UnitKind.Signature], units.Select(u => u.Kind));
    }

    [Fact]
    public void Inline_markup_stays_verbatim_inside_the_unit()
    {
        var units = Units("Call **020 7219 3000** or see [the site](https://members.parliament.uk/) and `code`.\n");

        Assert.Equal("Call **020 7219 3000** or see [the site](https://members.parliament.uk/) and `code`.", Assert.Single(units).Source);
    }

    [Fact]
    public void Re_wrapping_the_English_is_not_a_change()
    {
        var narrow = Units("An MP can ask the\nHome Office   about\n   your case.\n");
        var wide = Units("An MP can ask the Home Office about your case.\n");

        Assert.Equal(wide.Single().Id, narrow.Single().Id);
        Assert.Equal("An MP can ask the Home Office about your case.", narrow.Single().Source);
    }

    [Fact]
    public void A_hard_line_break_is_kept_as_a_backslash_break()
    {
        Assert.Equal("first\\\nsecond", Units("first  \nsecond\n").Single().Source);
        Assert.Equal("first\\\nsecond", Units("first\\\nsecond\n").Single().Source);
    }

    [Fact]
    public void Identical_text_in_a_document_is_one_unit()
    {
        var units = Units("| Date | Date |\n|---|---|\n| Name | Date |\n\nDate\n");

        Assert.Equal(["Date", "Name"], units.Select(u => u.Source));
    }

    [Fact]
    public void Table_cells_are_units()
    {
        Assert.Equal(["Document", "Where", "Refusal letter", "Home Office"], Units("| Document | Where |\n|---|---|\n| Refusal letter | Home Office |\n").Select(u => u.Source));
    }

    [Fact]
    public void Code_blocks_and_html_are_not_translated()
    {
        Assert.Equal(["Text"], Units("```\ncode here\n```\n\n    indented code\n\n<div>html</div>\n\nText\n").Select(u => u.Source));
    }

    [Fact]
    public void An_html_comment_before_a_block_is_the_note_of_its_first_unit()
    {
        var units = Units("<!-- Keep the phone number. -->\nCall 020 7219 3000.\n\nNext.\n\n<!-- For the list -->\n- one\n- two\n");

        Assert.Equal(["Keep the phone number.", "", "For the list", ""], units.Select(u => u.Note));
    }

    [Fact]
    public void Ids_are_stable_do_not_look_like_numbers_and_follow_explicit_ids()
    {
        var units = Units("Some text\n\nPage {{page}} of {{pages}} {#page-of}\n");

        Assert.Matches("^doc\\.[0-9a-f]{8}$", units[0].Id);
        Assert.Equal(units[0].Id, Units("Some text\n").Single().Id);
        Assert.Equal("doc.page-of", units[1].Id);
        Assert.All(units, u => Assert.False(double.TryParse(u.Id, out _)));
    }

    [Fact]
    public void The_project_documents_have_titles_and_every_form_has_a_signature()
    {
        var project = MpLeaflets.Content.ContentProject.Load(TestPaths.RepoRoot);

        Assert.All(project.Documents, d => Assert.Equal(UnitKind.Title, d.Units[0].Kind));
        Assert.All(project.Documents.Where(d => d.Source.Kind == MpLeaflets.Content.DocumentKind.ConsentForm),
            d => Assert.Contains(d.Units, u => u.Kind == UnitKind.Signature));
    }
}

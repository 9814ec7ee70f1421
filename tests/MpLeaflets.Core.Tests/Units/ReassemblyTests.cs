using MpLeaflets.Content;
using MpLeaflets.Units;

namespace MpLeaflets.Tests.Units;

public sealed class ReassemblyTests
{
    public static TheoryData<int> ExampleNumbers()
    {
        var data = new TheoryData<int>();
        foreach (var example in CommonMarkSpec.Examples) { data.Add(example.Number); }
        return data;
    }

    [Fact]
    public void The_spec_has_all_its_examples() => Assert.True(CommonMarkSpec.Examples.Count >= 650);

    [Theory]
    [MemberData(nameof(ExampleNumbers))]
    public void Every_CommonMark_example_renders_the_same_after_segmenting_and_filling_with_its_own_English(int number)
    {
        var example = CommonMarkSpec.Examples[number - 1];
        var segmented = Segmenter.SegmentMarkdown("spec", example.Markdown);

        var reassembled = Reassembler.Fill(segmented, unit => unit.Source);

        Assert.Equal(HtmlComparison.Render(example.Markdown), HtmlComparison.Render(reassembled));
    }

    [Fact]
    public void Every_project_document_renders_the_same_after_segmenting_and_filling_with_its_own_English()
    {
        var project = ContentProject.Load(TestPaths.RepoRoot);
        foreach (var document in project.Documents)
        {
            var reassembled = Reassembler.Fill(document, unit => unit.Source);
            Assert.Equal(HtmlComparison.Render(document.Source.Text), HtmlComparison.Render(reassembled));
        }
    }

    [Fact]
    public void A_translation_lands_in_its_slot_and_the_markup_around_it_stays()
    {
        var segmented = Segmenter.SegmentMarkdown("d", "> - [ ] Bring *all*\n>   your letters\n\nName {.field lines=2}\n");

        var filled = Reassembler.Fill(segmented, unit => unit.Source == "Bring *all* your letters" ? "Apportez *toutes* vos lettres" : "Nom");

        Assert.Equal("> - [ ] Apportez *toutes* vos lettres\n\nNom {.field lines=2}\n", filled);
    }
}

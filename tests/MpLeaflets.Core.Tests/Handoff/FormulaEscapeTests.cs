using CsCheck;
using MpLeaflets.Handoff;

namespace MpLeaflets.Tests.Handoff;

public sealed class FormulaEscapeTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44 20 7219 3000", "'+44 20 7219 3000")]
    [InlineData("- a list item", "'- a list item")]
    [InlineData("@mention", "'@mention")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("'=already escaped once", "''=already escaped once")]
    [InlineData("Plain text", "Plain text")]
    [InlineData("'quoted word'", "'quoted word'")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string cell, string escaped)
    {
        Assert.Equal(escaped, FormulaEscape.Apply(cell));
        Assert.Equal(cell, FormulaEscape.Remove(escaped));
    }

    [Fact]
    public void Removing_the_escape_gives_back_any_text_exactly()
    {
        Gen.String[Gen.Char["=+-@'\t\rab "], 0, 6].Sample(text => FormulaEscape.Remove(FormulaEscape.Apply(text)) == text);
    }

    [Fact]
    public void A_cell_whose_escape_a_spreadsheet_dropped_is_read_as_it_is()
    {
        Assert.Equal("=SUM(A1)", FormulaEscape.Remove("=SUM(A1)"));
    }
}

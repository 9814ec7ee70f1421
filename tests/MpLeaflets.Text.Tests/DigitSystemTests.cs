namespace MpLeaflets.Text.Tests;

public sealed class DigitSystemTests
{
    [Theory]
    [InlineData("latn", "2026-11-27")]
    [InlineData("arab", "٢٠٢٦-١١-٢٧")]
    [InlineData("arabext", "۲۰۲۶-۱۱-۲۷")]
    [InlineData("beng", "২০২৬-১১-২৭")]
    [InlineData("tamldec", "௨௦௨௬-௧௧-௨௭")]
    [InlineData("deva", "२०२६-११-२७")]
    public void Dates_and_numbers_the_program_writes_take_the_languages_digits(string system, string date)
    {
        var digits = DigitSystem.Parse(system);

        Assert.Equal(date, digits.Digits("2026-11-27"));
        Assert.Equal(date[..4], digits.Format(2026));
    }

    [Fact]
    public void An_unknown_system_is_not_taken()
    {
        Assert.False(DigitSystem.TryParse("roman", out _));
    }
}

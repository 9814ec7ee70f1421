namespace MpLeaflets.Text.Tests;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData("Arab", "فارسی اردو پښتو کوردی")]
    [InlineData("Ethi", "ትግርኛ አማርኛ")]
    [InlineData("Beng", "বাংলা")]
    [InlineData("Taml", "தமிழ்")]
    [InlineData("Hans", "简体中文")]
    [InlineData("Latn", "Tiếng Việt Shqip Français Kurmancî ê î û ç ş")]
    [InlineData("Deva", "हिन्दी")]
    public void Letters_belong_to_their_script_by_its_iso_15924_code(string script, string text)
    {
        Assert.Equal(1.0, Scripts.ShareIn(script, text));
    }

    [Fact]
    public void Letters_of_another_script_do_not_count_and_unknown_codes_are_unknown()
    {
        Assert.Equal(0.5, Scripts.ShareIn("Arab", "ab سل"));
        Assert.True(Scripts.IsKnown("Ethi"));
        Assert.True(Scripts.IsKnown("Hans"));
        Assert.False(Scripts.IsKnown("Arbc"));
        Assert.False(Scripts.IsKnown("Latin"));
    }
}

namespace LrNotebooks.Course.Tests;

public sealed class PaletteTests
{
    [Fact]
    public void Colour_is_never_the_only_difference_between_neighbouring_series()
    {
        for (var i = 0; i + 1 < 32; i++)
            Assert.NotEqual(Palette.Dash(i), Palette.Dash(i + 1));
    }

    [Fact]
    public void No_two_of_the_first_32_series_share_colour_and_dash()
    {
        var styles = Enumerable.Range(0, 32).Select(i => (Palette.Color(i), Palette.Dash(i))).ToList();
        Assert.Equal(styles.Count, styles.Distinct().Count());
    }
}

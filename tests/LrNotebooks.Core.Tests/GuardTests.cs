using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests;

public sealed class GuardTests
{
    [Fact]
    public void Valid_values_come_back_unchanged()
    {
        Assert.Equal(0.5, Guard.Positive(0.5));
        Assert.Equal(2.0, Guard.AtLeast(2.0, 1.0, "low"));
        Assert.Equal(3, Guard.Index(3, 4));
        Assert.Equal("a", Guard.NotBlank("a"));
        Assert.Equal(PlateauMode.Min, Guard.Defined(PlateauMode.Min));
        int[] steps = [1, 3];
        var copy = Guard.StrictlyIncreasing(steps, 1);
        Assert.Equal(steps, copy);
        Assert.NotSame(steps, copy);
        Assert.Equal(new[] { "x" }, Guard.Items(new[] { "x" }));
    }

    [Fact]
    public void Each_message_names_the_parameter_and_what_is_allowed()
    {
        double rate = -1;
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(rate)).ParamName);
        var bound = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.AtLeast(0.5, 1.0, "low", "high"));
        Assert.Contains("high must be a finite number >= low = 1", bound.Message);
        int index = 4;
        Assert.Contains("index must be in [0, 3], but was 4", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Index(index, 4)).Message);
        string? title = " ";
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Guard.NotBlank(title)).ParamName);
        Assert.Contains("must be one of", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Defined((PlateauMode)7)).Message);
        int[] milestones = [3, 3];
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => Guard.StrictlyIncreasing(milestones, 1)).Message);
        Assert.Contains("[0] must be an integer >= 1", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.StrictlyIncreasing([0], 1)).Message);
        var lengths = Assert.Throws<ArgumentException>(() => Guard.SameLength(3, 2, "y", "one per x"));
        Assert.Contains("y must have length 3 (one per x), but had length 2", lengths.Message);
    }

    [Fact]
    public void Items_rejects_null_empty_and_null_items()
    {
        string[]? runs = null;
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Guard.Items(runs)).ParamName);
        Assert.Contains("at least one item", Assert.Throws<ArgumentException>(() => Guard.Items(Array.Empty<string>(), "runs")).Message);
        Assert.Contains("runs[1] must not be null", Assert.Throws<ArgumentNullException>(() => Guard.Items(new[] { "a", null }, "runs")).Message);
    }
}

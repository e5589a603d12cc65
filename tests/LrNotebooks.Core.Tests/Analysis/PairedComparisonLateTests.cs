using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class PairedComparisonLateTests
{
    [Fact]
    public void Differences_give_the_mean_its_standard_error_and_a_t_interval()
    {
        // d = 1, 2, 3, 4: mean 2.5, sd √(5/3), se = sd/2; t(0.975, 3) = 3.182446305
        var c = PairedComparison.Of([1, 2, 3, 4], [0, 0, 0, 0]);
        double se = Math.Sqrt(5.0 / 3) / 2;
        Assert.Equal(4, c.Count);
        Assert.Equal(2.5, c.MeanDifference, 12);
        Assert.Equal(se, c.StandardError, 12);
        Assert.Equal(2.5 - 3.182446305 * se, c.Low, 6);
        Assert.Equal(2.5 + 3.182446305 * se, c.High, 6);
        Assert.True(c.AIsLarger);
        Assert.False(c.AIsSmaller);
    }

    [Fact]
    public void Log_ratios_read_as_factors()
    {
        var c = PairedComparison.OfLogRatios([1, 1, 1], [2, 2, 2]);          // every pair a/b = 0.5
        Assert.Equal(0.5, c.Factor, 12);
        Assert.Equal(0.5, c.FactorLow, 12);
        Assert.Equal(0.5, c.FactorHigh, 12);
        Assert.Equal(double.NegativeInfinity, c.T);
        Assert.True(c.AIsSmaller);
    }

    [Fact]
    public void An_interval_that_straddles_zero_decides_nothing()
    {
        var c = PairedComparison.Of([1, -1, 2, -2], [0, 0, 0, 0]);
        Assert.False(c.AIsLarger);
        Assert.False(c.AIsSmaller);
        Assert.True(double.IsNaN(c.Factor));
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_parameter_named()
    {
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => PairedComparison.Of([1, 2], [1])).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => PairedComparison.Of([1], [1])).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => PairedComparison.OfLogRatios([1, 0], [1, 1])).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => PairedComparison.Of([1, 2], [0, 0], 1)).ParamName);
    }
}

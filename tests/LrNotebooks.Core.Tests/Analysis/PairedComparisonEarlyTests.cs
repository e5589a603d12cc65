using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class PairedComparisonEarlyTests
{
    // Student's t quantile for 3 degrees of freedom at 0.975 (tables: 3.182446305284263).
    private const double T3 = 3.182446305284263;

    [Fact]
    public void The_interval_is_the_mean_difference_plus_minus_t_times_the_standard_error()
    {
        var p = PairedComparison.Of([3, 5, 7, 9], [2, 3, 4, 5]);   // differences 1, 2, 3, 4
        double se = Math.Sqrt(5.0 / 3 / 4);                          // sample variance 5/3, n = 4
        Assert.Equal(4, p.Count);
        Assert.Equal(2.5, p.MeanDifference, 12);
        Assert.Equal(se, p.StandardError, 12);
        Assert.Equal(2.5 - T3 * se, p.Low, 9);
        Assert.Equal(2.5 + T3 * se, p.High, 9);
        Assert.True(p.AIsLarger);
        Assert.False(p.AIsSmaller);
        Assert.Equal(2.5 / se, p.T, 9);
        Assert.False(p.OnLogScale);
        Assert.True(double.IsNaN(p.Factor));
    }

    [Fact]
    public void Swapping_the_sides_mirrors_the_interval()
    {
        double[] a = [0.3, 0.9, 0.2, 1.4, 0.8], b = [0.5, 0.4, 0.6, 0.7, 0.1];
        var ab = PairedComparison.Of(a, b);
        var ba = PairedComparison.Of(b, a);
        Assert.Equal(-ab.MeanDifference, ba.MeanDifference, 12);
        Assert.Equal(-ab.High, ba.Low, 12);
        Assert.Equal(ab.StandardError, ba.StandardError, 12);
    }

    [Fact]
    public void Pairing_removes_the_noise_the_pairs_share()
    {
        // b = a + 0.1 seed by seed: a huge spread between seeds, none within a pair.
        double[] a = [1, 100, 5, 40, 0.5, 12];
        double[] b = [.. a.Select(v => v + 0.1)];
        var p = PairedComparison.Of(a, b);
        Assert.Equal(-0.1, p.MeanDifference, 12);
        Assert.True(p.AIsSmaller);
    }

    [Fact]
    public void On_the_log_scale_the_effect_is_a_factor()
    {
        var p = PairedComparison.OfLogRatios([2, 8, 0.5, 4], [1, 2, 0.25, 1]);   // ratios 2, 4, 2, 4
        double meanLog = (Math.Log(2) + Math.Log(4)) / 2;
        Assert.True(p.OnLogScale);
        Assert.Equal(Math.Exp(meanLog), p.Factor, 12);
        Assert.Equal(Math.Exp(p.Low), p.FactorLow, 12);
        Assert.Equal(Math.Exp(p.High), p.FactorHigh, 12);
        Assert.True(p.FactorLow < p.Factor && p.Factor < p.FactorHigh);
    }

    [Fact]
    public void A_constant_ratio_has_a_vanishing_interval()
    {
        var p = PairedComparison.OfLogRatios([0.5, 0.05, 5], [1, 0.1, 10]);
        Assert.Equal(0.5, p.Factor, 12);
        Assert.True(p.StandardError < 1e-15);
        Assert.Equal(0.5, p.FactorHigh, 12);
        Assert.True(p.AIsSmaller);
        Assert.True(p.T < -1e12);
    }

    [Fact]
    public void Identical_differences_give_an_infinite_t()
    {
        var p = PairedComparison.Of([3, 4, 5], [1, 2, 3]);
        Assert.Equal(0, p.StandardError);
        Assert.Equal(double.PositiveInfinity, p.T);
        Assert.Equal(2, p.Low);
        Assert.Equal(2, p.High);
    }

    [Fact]
    public void Equal_sides_show_no_effect()
    {
        var p = PairedComparison.Of([1, 2, 3], [1, 2, 3]);
        Assert.Equal(0, p.T);
        Assert.False(p.AIsLarger);
        Assert.False(p.AIsSmaller);
    }

    [Fact]
    public void A_wider_confidence_gives_a_wider_interval()
    {
        double[] a = [1.2, 0.7, 1.9, 1.1, 0.4], b = [1, 1, 1, 1, 1];
        var p95 = PairedComparison.Of(a, b);
        var p99 = PairedComparison.Of(a, b, confidence: 0.99);
        Assert.True(p99.Low < p95.Low && p99.High > p95.High);
        Assert.Equal(p95.MeanDifference, p99.MeanDifference, 12);
    }

    [Fact]
    public void The_text_gives_the_effect_its_interval_and_the_pairs()
    {
        Assert.Equal("a − b = 2.5 (95% interval 0.446 to 4.55, 4 pairs)", PairedComparison.Of([3, 5, 7, 9], [2, 3, 4, 5]).ToString());
        Assert.StartsWith("a/b = 3x (95% interval", PairedComparison.OfLogRatios([3, 6, 9], [1, 2, 3]).ToString());
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => PairedComparison.Of([1, 2], [1, 2, 3])).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => PairedComparison.Of([1], [1])).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => PairedComparison.Of([1, double.NaN], [1, 2])).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => PairedComparison.OfLogRatios([1, 2], [1, 0])).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => PairedComparison.OfLogRatios([-1, 2], [1, 2])).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => PairedComparison.Of([1, 2], [2, 1], 1.0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => PairedComparison.Of(null!, [1, 2]));
    }
}

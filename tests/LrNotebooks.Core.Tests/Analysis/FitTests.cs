using FsCheck;
using FsCheck.Fluent;
using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class FitTests
{
    [Fact]
    public void An_exact_power_law_is_recovered()
    {
        double[] x = [0.001, 0.01, 0.1, 1];
        double[] y = [.. x.Select(v => 7 / v)];

        PowerLawFit fit = Fit.PowerLaw(x, y);

        Assert.Equal(-1, fit.Exponent, 12);
        Assert.Equal(7, fit.Coefficient, 9);
        Assert.Equal(1, fit.RSquared, 12);
        Assert.Equal(4, fit.Count);
        Assert.Equal(70, fit.Predict(0.1), 9);
        Assert.Equal(-1, Fit.LogLogSlope(x, y), 12);
    }

    [Fact]
    public void Steps_of_gradient_descent_on_a_parabola_scale_like_one_over_the_rate_for_small_rates()
    {
        // Closed form: (1 - η)^(2k) f0 <= tol  <=>  k >= ln(tol / f0) / (2 ln(1 - η)), about c/η for small η.
        double[] rates = [0.001, 0.002, 0.005, 0.01, 0.02];
        double[] steps = [.. rates.Select(eta => Math.Ceiling(Math.Log(1e-8) / (2 * Math.Log(1 - eta))))];

        double slope = Fit.LogLogSlope(rates, steps);

        Assert.InRange(slope, -1.01, -0.99);
    }

    [Fact]
    public void Scatter_lowers_r_squared_but_keeps_the_trend()
    {
        double[] x = [1, 2, 4, 8, 16];
        double[] y = [1.1, 3.6, 17, 60, 270]; // about x^2 with noise

        PowerLawFit fit = Fit.PowerLaw(x, y);

        Assert.InRange(fit.Exponent, 1.9, 2.1);
        Assert.InRange(fit.RSquared, 0.99, 0.99999);
        Assert.Equal(1, Fit.PowerLaw([1, 2], [3, 3]).RSquared);
    }

    [Fact]
    public void Random_power_laws_are_recovered()
    {
        Prop.ForAll(Gen.Choose(-300, 300).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (k100, c) =>
        {
            double k = k100 / 100.0;
            double[] x = [0.5, 1, 3, 10, 30];
            PowerLawFit fit = Fit.PowerLaw(x, [.. x.Select(v => c * Math.Pow(v, k))]);
            return Math.Abs(fit.Exponent - k) < 1e-9 && Math.Abs(fit.Coefficient / c - 1) < 1e-9;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Invalid_data_is_rejected_naming_the_parameter()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Fit.PowerLaw([1, 2], [1])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Fit.PowerLaw([1], [1])).ParamName);
        Assert.Equal("x[1]", Assert.Throws<ArgumentOutOfRangeException>(() => Fit.PowerLaw([1, 0], [1, 2])).ParamName);
        Assert.Equal("y[0]", Assert.Throws<ArgumentOutOfRangeException>(() => Fit.PowerLaw([1, 2], [-1, 2])).ParamName);
        Assert.Equal("y[1]", Assert.Throws<ArgumentOutOfRangeException>(() => Fit.PowerLaw([1, 2], [1, double.NaN])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Fit.PowerLaw([2, 2, 2], [1, 2, 3])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => new PowerLawFit(1, 1, 1, 2).Predict(0)).ParamName);
    }
}

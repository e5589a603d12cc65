using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Core.Tests.Running;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class LearningRateWindowTests
{
    [Fact]
    public void CountsTheConvergedRatesAndMeasuresTheWindowInDecades()
    {
        var window = LearningRateWindow.Of("opt", Sweep([0.001, 0.01, 0.1, 1, 10], ".##.#"));
        Assert.Equal([false, true, true, false, true], window.Usable);
        Assert.Equal(3, window.Count);
        Assert.Equal(0.01, window.Lowest);
        Assert.Equal(10, window.Highest);
        Assert.Equal(3, window.Decades, 1e-12);
        Assert.False(window.IsContiguous);
        Assert.Equal("opt: η from 0.01 to 10 (3 decades, 3 of 5 rates, with holes)", window.ToString());
    }

    [Fact]
    public void EmptyAndSingleWindowsHaveZeroWidth()
    {
        var none = LearningRateWindow.Of("opt", Sweep([0.1, 1], ".."));
        Assert.Equal(0, none.Count);
        Assert.Null(none.Lowest);
        Assert.Null(none.Highest);
        Assert.Equal(0, none.Decades);
        Assert.True(none.IsContiguous);
        Assert.Equal("opt: no usable rate (0 of 2)", none.ToString());
        var one = LearningRateWindow.Of("opt", Sweep([0.1, 1, 10], ".#."));
        Assert.Equal(0, one.Decades);
        Assert.True(one.IsContiguous);
        Assert.Equal("opt: η from 1 to 1 (0 decades, 1 of 3 rates)", one.ToString());
    }

    [Fact]
    public void DivergedAndStillRunningRatesAreNotUsable()
    {
        var window = LearningRateWindow.Of("opt", Sweep([0.1, 1, 10], "#sd"));
        Assert.Equal([true, false, false], window.Usable);
    }

    [Fact]
    public void OnAParabolaGradientDescentIsUsableUpToTheStabilityLimit()
    {
        var parabola = Surface.Parabola(1);
        var options = new RunOptions { Steps = 400, Tolerance = 1e-8 };
        var sweep = LrNotebooks.Core.Running.Sweep.LearningRates(LrNotebooks.Core.Running.Sweep.LogSpace(1e-3, 10, 41),
            lr => Descent.Run(parabola, Optimizer.Sgd(lr), [1.0], options));
        var window = LearningRateWindow.Of("GD", sweep);
        Assert.True(window.IsContiguous);
        Assert.True(window.Highest < 2, window.ToString());
        Assert.True(window.Highest * Math.Pow(10, 0.1) > 1.9, window.ToString()); // it ends within one grid step of 2/L
        // Reaching 1e-8 from f = 0.5 needs about ln(5e7)/(2η) ≤ 400 steps, so η ≥ 0.022.
        Assert.InRange(window.Lowest!.Value, 0.022, 0.022 * Math.Pow(10, 0.1));
    }

    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => LearningRateWindow.Of(" ", Sweep([0.1], "#"))).ParamName);
        Assert.Throws<ArgumentNullException>(() => LearningRateWindow.Of("opt", null!));
        Assert.Equal("sweep", Assert.Throws<ArgumentException>(() => LearningRateWindow.Of("opt", Sweep([1, 0.1], "##"))).ParamName);
        Assert.Equal("sweep", Assert.Throws<ArgumentException>(() => LearningRateWindow.Of("opt", Sweep([0.1, 0.1], "##"))).ParamName);
        Assert.Equal("sweep.LearningRates[0]", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateWindow.Of("opt", Sweep([0, 0.1], "##"))).ParamName);
    }

    /// <summary>A sweep whose runs end as the pattern says: # converged, d diverged, anything else still running.</summary>
    private static LearningRateSweep Sweep(double[] rates, string pattern) => new(rates,
        [.. pattern.Select(c => Hand.Run(new RunStatus(c switch { '#' => RunOutcome.Converged, 'd' => RunOutcome.Diverged, _ => RunOutcome.StillRunning }, 1), 1, 0.5))]);
}

using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

public sealed class SeedEnsembleTests
{
    private static readonly Surface Bowl = Surface.Quadratic(0.5, 1);
    private static readonly double[] Start = [-2.0, 1.5];

    [Fact]
    public void RunKUsesSeedBasePlusKAndEqualsASingleRunBitForBit()
    {
        var options = new RunOptions { Steps = 60, GradientNoise = 0.4, Seed = 40 };
        var ensemble = SeedEnsemble.Run(Bowl, Optimizer.Sgd(0.2), Start, options, seeds: 5);
        Assert.Equal(5, ensemble.Count);
        for (int k = 0; k < 5; k++)
        {
            var single = Descent.Run(Bowl, Optimizer.Sgd(0.2), Start, options with { Seed = 40 + k });
            Assert.Equal(single.Losses, ensemble.Runs[k].Losses);
            Assert.Equal(single.FinalPoint, ensemble.Runs[k].FinalPoint);
        }
    }

    [Fact]
    public void TheSameCallGivesTheSameNumbers()
    {
        var options = new RunOptions { Steps = 80, GradientNoise = 0.7, Seed = 3 };
        var a = SeedEnsemble.Run(Bowl, Optimizer.Sgd(0.3), Start, options, 16);
        var b = SeedEnsemble.Run(Bowl, Optimizer.Sgd(0.3), Start, options, 16);
        Assert.Equal(a.MeanLosses, b.MeanLosses);
        Assert.Equal(a.MeanFinalLoss, b.MeanFinalLoss);
    }

    [Fact]
    public void LabelIsTheOptionsLabelOrTheOptimizerName()
    {
        var options = new RunOptions { Steps = 3, GradientNoise = 0.1 };
        Assert.Equal("SGD(lr=0.1)", SeedEnsemble.Run(Bowl, Optimizer.Sgd(0.1), Start, options, 2).Label);
        Assert.Equal("mine", SeedEnsemble.Run(Bowl, Optimizer.Sgd(0.1), Start, options with { Label = "mine" }, 2).Label);
    }

    [Fact]
    public void MeansAndStandardErrorFollowTheirFormulas()
    {
        var ensemble = new SeedEnsemble("hand", [Hand.Run(4, 2, 1), Hand.Run(6, 3, 3), Hand.Run(8, 1, 5)]);
        Assert.Equal([6.0, 2.0, 3.0], ensemble.MeanLosses);
        Assert.Equal(3.0, ensemble.MeanFinalLoss);
        // Final losses 1, 3, 5: sample variance 4, standard error √(4/3).
        Assert.Equal(Math.Sqrt(4.0 / 3.0), ensemble.FinalLossStandardError, 1e-15);
        Assert.Equal(2.5, ensemble.MeanLoss(1, 3));
        Assert.Equal(6.0, ensemble.MeanLoss(0, 1));
        Assert.Equal(0, new SeedEnsemble("one", [Hand.Run(1, 2)]).FinalLossStandardError);
    }

    [Fact]
    public void MeanCurveStopsAtTheShortestRunAndDivergedRunsAreCounted()
    {
        var diverged = Hand.Run(new RunStatus(RunOutcome.Diverged, 2), 10, 20);
        var ensemble = new SeedEnsemble("mixed", [Hand.Run(2, 4, 6), diverged]);
        Assert.Equal([6.0, 12.0], ensemble.MeanLosses);
        Assert.Equal(1, ensemble.Diverged);
        Assert.Equal(13.0, ensemble.MeanFinalLoss);
    }

    [Fact]
    public void NoisyGradientDescentSettlesAtTheStationaryLossOfTheTheory()
    {
        // On f = L x²/2, x ← (1 − ηL) x − η σ ξ has stationary E[f] = η σ² / (2 (2 − η L)) = 1/6 for η = 0.5, L = σ = 1.
        var options = new RunOptions { Steps = 200, GradientNoise = 1.0, Seed = 1 };
        var ensemble = SeedEnsemble.Run(Surface.Parabola(1), Optimizer.Sgd(0.5), [0.0], options, 800);
        double expected = 1.0 / 6.0;
        // Relative standard error of a mean of 800 (scaled) χ²₁ draws is √(2/800) = 5%.
        Assert.InRange(ensemble.MeanFinalLoss, expected * 0.85, expected * 1.15);
        Assert.InRange(ensemble.MeanLoss(100, 201), expected * 0.9, expected * 1.1);
    }

    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        var options = new RunOptions { Steps = 3, GradientNoise = 0.1 };
        var gd = Optimizer.Sgd(0.1);
        Assert.Equal("seeds", Assert.Throws<ArgumentOutOfRangeException>(() => SeedEnsemble.Run(Bowl, gd, Start, options, 0)).ParamName);
        var overflow = Assert.Throws<ArgumentOutOfRangeException>(() => SeedEnsemble.Run(Bowl, gd, Start, options with { Seed = int.MaxValue - 1 }, 3));
        Assert.Equal("seeds", overflow.ParamName);
        Assert.Contains("[1, 2]", overflow.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SeedEnsemble.Run(null!, gd, Start, options, 1));
        Assert.Throws<ArgumentNullException>(() => SeedEnsemble.Run(Bowl, null!, Start, options, 1));
        Assert.Throws<ArgumentNullException>(() => SeedEnsemble.Run(Bowl, gd, null!, options, 1));
        Assert.Throws<ArgumentNullException>(() => SeedEnsemble.Run(Bowl, gd, Start, null!, 1));
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => SeedEnsemble.Run(Bowl, gd, [1.0], options, 2)).ParamName);
    }

    [Fact]
    public void WindowBoundsAreChecked()
    {
        var ensemble = new SeedEnsemble("hand", [Hand.Run(1, 2, 3)]);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => ensemble.MeanLoss(-1, 2)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => ensemble.MeanLoss(3, 4)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => ensemble.MeanLoss(1, 1)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => ensemble.MeanLoss(0, 4)).ParamName);
    }
}

using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

public sealed class SweepTests
{
    [Fact]
    public void LogSpaceIsGeometricWithExactEndpoints()
    {
        Assert.Equal([0.001, 0.01, 0.1, 1.0], Sweep.LogSpace(1e-3, 1, 4));
        var grid = Sweep.LogSpace(0.003, 7, 25);
        Assert.Equal(25, grid.Length);
        Assert.Equal(0.003, grid[0]);
        Assert.Equal(7, grid[^1]);
        double ratio = Math.Pow(7 / 0.003, 1.0 / 24);
        for (int i = 1; i < grid.Length; i++) Assert.Equal(ratio, grid[i] / grid[i - 1], 12);
        Assert.Equal([10.0, 1.0, 0.1], Sweep.LogSpace(10, 0.1, 3));
        Assert.Equal([0.5], Sweep.LogSpace(0.5, 8, 1));
    }

    [Fact]
    public void LinSpaceIsEvenlySpacedWithExactEndpoints()
    {
        Assert.Equal([0.0, 0.25, 0.5, 0.75, 1.0], Sweep.LinSpace(0, 1, 5));
        Assert.Equal([1.0, -1.0], Sweep.LinSpace(1, -1, 2));
        Assert.Equal([3.0], Sweep.LinSpace(3, 9, 1));
        var grid = Sweep.LinSpace(0.1, 0.7, 7);
        Assert.Equal(0.7, grid[^1]);
        for (int i = 0; i < 7; i++) Assert.Equal(0.1 + 0.1 * i, grid[i], 14);
    }

    [Fact]
    public void GridArgumentsAreValidated()
    {
        Assert.Throws<ArgumentOutOfRangeException>("from", () => Sweep.LogSpace(0, 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("from", () => Sweep.LogSpace(-1, 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("to", () => Sweep.LogSpace(1, double.PositiveInfinity, 3));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => Sweep.LogSpace(1, 2, 0));
        Assert.Throws<ArgumentOutOfRangeException>("from", () => Sweep.LinSpace(double.NaN, 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("to", () => Sweep.LinSpace(0, double.NegativeInfinity, 3));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => Sweep.LinSpace(0, 1, -2));
    }

    [Fact]
    public void MapEqualsASerialLoopExactlyAndKeepsInputOrder()
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var rates = Sweep.LogSpace(1e-3, 0.6, 40);
        Trajectory Experiment(double lr) => Descent.Run(bowl, Optimizer.Sgd(lr), [2.5, 1.5],
            new RunOptions { Steps = 200, GradientNoise = 0.3, Seed = (int)(lr * 1e6) });
        var parallel = Sweep.Map(rates, Experiment);
        Assert.Equal(rates.Length, parallel.Length);
        for (int i = 0; i < rates.Length; i++)
        {
            Assert.Equal(rates[i], parallel[i].LearningRates[0]);
            NoisyRunTests.AssertBitIdentical(Experiment(rates[i]), parallel[i]);
        }
        Assert.Empty(Sweep.Map(Array.Empty<int>(), i => i));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * i), Sweep.Map(Enumerable.Range(0, 1000).ToArray(), i => i * i));
    }

    [Fact]
    public void MapRunsEveryInputAndRethrowsTheLowestIndexFailureUnwrapped()
    {
        int calls = 0;
        var inputs = Enumerable.Range(0, 64).ToArray();
        var e = Assert.Throws<InvalidOperationException>(() => Sweep.Map(inputs, i =>
        {
            Interlocked.Increment(ref calls);
            if (i % 10 == 7) throw new InvalidOperationException($"input {i}");
            return i;
        }));
        Assert.Equal("input 7", e.Message);
        Assert.Equal(64, calls);
        Assert.Throws<ArgumentNullException>("inputs", () => Sweep.Map<int, int>(null!, i => i));
        Assert.Throws<ArgumentNullException>("run", () => Sweep.Map<int, int>([1], null!));
    }

    [Fact]
    public void LearningRateSweepFindsTheEdgeOfStabilityOfAQuadratic()
    {
        var bowl = Surface.Quadratic(0.1, 2); // L = 4, stability limit 0.5
        var rates = Sweep.LinSpace(0.025, 0.975, 20); // 0.025, 0.075, ..., 0.975: none at the limit itself
        var sweep = Sweep.LearningRates(rates, lr => Descent.Run(bowl, Optimizer.Sgd(lr), [2.5, 1.5], 300));
        Assert.Equal(rates, sweep.LearningRates);
        Assert.Equal(20, sweep.Runs.Count);
        Assert.Equal(0.475, sweep.LargestStableLearningRate!.Value, 12);
        Assert.Equal(0.525, sweep.SmallestDivergingLearningRate!.Value, 12);
        Assert.Equal(rates.Select(lr => lr > 0.5), sweep.Diverged);
        Assert.Equal(sweep.Runs.Select(r => r.FinalLoss), sweep.FinalLosses);
        // Per-step factors |1 − 0.2η| and |1 − 4η|: the largest stable rate contracts fastest here (max 0.905).
        Assert.Equal(9, sweep.BestIndex);
        Assert.Equal(0.475, sweep.BestLearningRate!.Value, 12);
    }

    [Fact]
    public void LearningRateSweepWithAllRunsDivergingOrNone()
    {
        var parabola = Surface.Parabola(1);
        var allDiverge = Sweep.LearningRates([3.0, 4.0], lr => Descent.Run(parabola, Optimizer.Sgd(lr), [1.0], 100));
        Assert.Null(allDiverge.BestIndex);
        Assert.Null(allDiverge.BestLearningRate);
        Assert.Null(allDiverge.LargestStableLearningRate);
        Assert.Equal(3.0, allDiverge.SmallestDivergingLearningRate);
        var noneDiverge = Sweep.LearningRates([0.1, 0.2], lr => Descent.Run(parabola, Optimizer.Sgd(lr), [1.0], 10));
        Assert.Null(noneDiverge.SmallestDivergingLearningRate);
        Assert.Equal(0.2, noneDiverge.LargestStableLearningRate);
        Assert.Equal(1, noneDiverge.BestIndex);
    }

    [Fact]
    public void LearningRateSweepValidatesItsInputs()
    {
        Trajectory Run(double lr) => Descent.Run(Surface.Parabola(1), Optimizer.Sgd(lr), [1.0], 1);
        Assert.Throws<ArgumentNullException>("learningRates", () => Sweep.LearningRates(null!, Run));
        Assert.Throws<ArgumentNullException>("run", () => Sweep.LearningRates([0.1], null!));
        Assert.Throws<ArgumentException>("learningRates", () => Sweep.LearningRates([], Run));
        var e = Assert.Throws<ArgumentOutOfRangeException>("learningRates", () => Sweep.LearningRates([0.1, -0.2], Run));
        Assert.Contains("learningRates[1]", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>("learningRates", () => Sweep.LearningRates([double.NaN], Run));
        Assert.Throws<InvalidOperationException>(() => Sweep.LearningRates([0.1], _ => null!));
    }
}

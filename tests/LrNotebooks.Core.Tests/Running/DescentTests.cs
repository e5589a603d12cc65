using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

public sealed class DescentTests
{
    [Fact]
    public void RecordsIteratesLossesRatesNormsAndStepSizesWithTheDocumentedIndexing()
    {
        var parabola = Surface.Parabola(2);
        var schedule = new TestPiecewiseSchedule(0.1, 3, 0.2);
        double[] start = [1.5];
        var run = Descent.Run(parabola, Optimizer.Sgd(schedule), start, 6);

        Assert.Equal([1.5], start); // the caller's array is not touched
        Assert.Equal(6, run.StepsTaken);
        Assert.Equal(7, run.Points.Count);
        Assert.Equal(7, run.Losses.Count);
        Assert.Equal(7, run.GradientNorms.Count);
        Assert.Equal(6, run.LearningRates.Count);
        Assert.Equal(6, run.EffectiveStepSizes.Count);
        Assert.Equal(1.5, run.Points[0][0]);
        double x = 1.5;
        for (int t = 0; t < 6; t++)
        {
            double lr = schedule.At(t);
            Assert.Equal(lr, run.LearningRates[t]);
            Assert.Equal([lr], run.EffectiveStepSizes[t]);
            Assert.Equal(parabola.Value(run.Points[t]), run.Losses[t]);
            Assert.Equal(Math.Abs(2 * run.Points[t][0]), run.GradientNorms[t]);
            x -= lr * 2 * x;
            Assert.Equal(x, run.Points[t + 1][0]);
        }
        Assert.Equal(run.Points[^1], run.FinalPoint);
        Assert.Equal(run.Losses[^1], run.FinalLoss);
        Assert.Equal(new RunStatus(RunOutcome.StillRunning, 6), run.Status);
        Assert.Equal("still running after 6 steps", run.Status.ToString());
    }

    [Fact]
    public void GradientNormIsTheEuclideanNormAndLabelsComeFromTheOptimizerOrTheOptions()
    {
        var bowl = Surface.Quadratic(0.5, 2);
        var run = Descent.Run(bowl, Optimizer.Sgd(0.1), [3.0, 4.0], 1);
        Assert.Equal(Math.Sqrt(3.0 * 3 + 16.0 * 16), run.GradientNorms[0], 14);
        Assert.Equal(Optimizer.Sgd(0.1).Name, run.Label);
        Assert.Equal("mine", Descent.Run(bowl, Optimizer.Sgd(0.1), [3.0, 4.0], new RunOptions { Label = "mine" }).Label);
        Assert.Equal(100, Descent.Run(bowl, Optimizer.Sgd(0.1), [3.0, 4.0]).StepsTaken);
    }

    [Fact]
    public void ZeroStepsRecordsOnlyTheStart()
    {
        var run = Descent.Run(Surface.Himmelblau(), Optimizer.Sgd(0.01), [1.0, 1.0], 0);
        Assert.Single(run.Points);
        Assert.Empty(run.LearningRates);
        Assert.Empty(run.EffectiveStepSizes);
        Assert.Equal(new RunStatus(RunOutcome.StillRunning, 0), run.Status);
    }

    [Fact]
    public void ConvergenceIsTheFirstIterateWithinToleranceAndTheRunContinuesUnlessAskedToStop()
    {
        // x_t = 0.5^t on f = x²/2 with lr 0.5: gap 0.5 · 0.25^t <= 1e-6 first at t = 10 (0.5 · 0.25^10 ≈ 4.8e-7).
        var parabola = Surface.Parabola(1);
        var optimizer = Optimizer.Sgd(0.5);
        var full = Descent.Run(parabola, optimizer, [1.0], new RunOptions { Steps = 30, Tolerance = 1e-6 });
        Assert.Equal(new RunStatus(RunOutcome.Converged, 10), full.Status);
        Assert.Equal("converged at step 10", full.Status.ToString());
        Assert.Equal(30, full.StepsTaken);
        Assert.True(full.Losses[9] > 1e-6 && full.Losses[10] <= 1e-6);

        var stopped = Descent.Run(parabola, optimizer, [1.0], new RunOptions { Steps = 30, Tolerance = 1e-6, StopAtConvergence = true });
        Assert.Equal(full.Status, stopped.Status);
        Assert.Equal(10, stopped.StepsTaken);
        Assert.Equal(full.Points.Take(11), stopped.Points);

        var atStart = Descent.Run(parabola, optimizer, [0.0], new RunOptions { Steps = 5, Tolerance = 1e-9, StopAtConvergence = true });
        Assert.Equal(new RunStatus(RunOutcome.Converged, 0), atStart.Status);
        Assert.Equal(0, atStart.StepsTaken);

        // Tolerance 0 means no convergence test, even at the exact minimum.
        Assert.Equal(RunOutcome.StillRunning, Descent.Run(parabola, optimizer, [0.0], 5).Status.Outcome);
    }

    [Fact]
    public void ConvergenceUsesTheGapToTheGlobalMinimumValue()
    {
        // Himmelblau's minima are 0; the saddle surface's are −1/4, so a loss of −0.25 + 1e-9 is within 1e-8.
        var saddle = Surface.Saddle();
        var run = Descent.Run(saddle, Optimizer.Sgd(0.2), [0.5, 0.5], new RunOptions { Steps = 500, Tolerance = 1e-8 });
        Assert.True(run.Status.Converged);
        int k = run.Status.Step;
        Assert.True(run.Losses[k] + 0.25 <= 1e-8);
        Assert.True(run.Losses[k - 1] + 0.25 > 1e-8);
    }

    [Fact]
    public void DivergenceIsReportedAtTheRightStepWithOnlyFiniteNumbersRecorded()
    {
        // f = x²/2, lr = 3: x_t = (−2)^t, loss 0.5 · 4^t exceeds 1e6 · max(1, 0.5) first at t = 11 (0.5 · 4^11 ≈ 2.1e6).
        var run = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(3.0), [1.0], 100);
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 11), run.Status);
        Assert.Equal("diverged at step 11", run.Status.ToString());
        Assert.True(run.Status.Diverged);
        Assert.Equal(10, run.StepsTaken);
        Assert.Equal(Math.Pow(-2, 10), run.FinalPoint[0]);
        AssertAllFinite(run);
    }

    [Fact]
    public void DivergenceFactorMovesTheThreshold()
    {
        // With factor 1e12 the threshold is 0.5 · 4^t > 1e12, first at t = 21.
        var run = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(3.0), [1.0], new RunOptions { Steps = 100, DivergenceFactor = 1e12 });
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 21), run.Status);
        // The threshold scales with the start's gap when it exceeds 1: start gap 50 → 0.5 · 100 · 4^t > 50 · 1e6 at t = 10.
        var far = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(3.0), [10.0], 100);
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 10), far.Status);
    }

    [Fact]
    public void OverflowToInfinityOrNaNIsCaughtEvenWithAHugeDivergenceFactor()
    {
        var options = new RunOptions { Steps = 10_000, DivergenceFactor = double.MaxValue };
        var parabola = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(3.0), [1.0], options);
        Assert.True(parabola.Status.Diverged);
        AssertAllFinite(parabola);

        // Rosenbrock's quartic term blows up within a few steps into ±∞ and NaN.
        var rosenbrock = Descent.Run(Surface.Rosenbrock(), Optimizer.Sgd(0.5), [-1.5, 2.0], options);
        Assert.True(rosenbrock.Status.Diverged);
        Assert.Equal(rosenbrock.StepsTaken + 1, rosenbrock.Status.Step);
        AssertAllFinite(rosenbrock);

        var rastrigin = Descent.Run(Surface.Rastrigin(), Optimizer.Sgd(1e200), [0.3, 0.2], options);
        Assert.True(rastrigin.Status.Diverged);
        AssertAllFinite(rastrigin);
    }

    [Fact]
    public void AnIterateThatOverflowsIsReportedDivergedAtThatStepAndNotRecorded()
    {
        var options = new RunOptions { Steps = 50, DivergenceFactor = double.MaxValue };
        // x₁ = (1 − η·4)·1 = −∞ for η = MaxValue: the surfaces reject an infinite point, the run must not ask them.
        var run = Descent.Run(Surface.Parabola(4), Optimizer.Sgd(double.MaxValue), [1.0], options);
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 1), run.Status);
        Assert.Equal(0, run.StepsTaken);
        Assert.Equal([1.0], run.FinalPoint);
        AssertAllFinite(run);

        // A finite iterate whose loss overflows to +∞ (Rastrigin's cosine argument overflows) is diverged too.
        var rastrigin = Descent.Run(Surface.Rastrigin(), Optimizer.Sgd(1e306), [0.3, 0.2], options);
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 1), rastrigin.Status);
        AssertAllFinite(rastrigin);
    }

    [Fact]
    public void DivergenceAfterConvergenceIsReportedAsDivergence()
    {
        // Converges with lr 0.5 (x halves), then lr 3 makes it grow by −2 per step.
        var schedule = new TestPiecewiseSchedule(0.5, 20, 3.0);
        var run = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(schedule), [1.0], new RunOptions { Steps = 200, Tolerance = 1e-6 });
        Assert.True(run.Status.Diverged);
        Assert.Equal(10, run.StepsToTolerance(0, 1e-6));
        AssertAllFinite(run);
    }

    [Fact]
    public void StartIsValidated()
    {
        var parabola = Surface.Parabola(1);
        var gd = Optimizer.Sgd(0.1);
        Assert.Throws<ArgumentNullException>("surface", () => Descent.Run(null!, gd, [1.0]));
        Assert.Throws<ArgumentNullException>("optimizer", () => Descent.Run(parabola, null!, [1.0]));
        Assert.Throws<ArgumentNullException>("start", () => Descent.Run(parabola, gd, null!));
        var e = Assert.Throws<ArgumentException>("start", () => Descent.Run(parabola, gd, [1.0, 2.0]));
        Assert.Contains("length 1", e.Message);
        Assert.Throws<ArgumentException>("start", () => Descent.Run(parabola, gd, [double.NaN]));
        Assert.Throws<ArgumentException>("start", () => Descent.Run(parabola, gd, [double.PositiveInfinity]));
        // A finite start whose loss overflows.
        Assert.Throws<ArgumentException>("start", () => Descent.Run(Surface.Rosenbrock(), gd, [1e100, 1e100]));
        Assert.Throws<ArgumentOutOfRangeException>("steps", () => Descent.Run(parabola, gd, [1.0], -1));
    }

    internal static void AssertAllFinite(Trajectory run)
    {
        Assert.All(run.Points, p => Assert.All(p, v => Assert.True(double.IsFinite(v))));
        Assert.All(run.Losses, v => Assert.True(double.IsFinite(v)));
        Assert.All(run.GradientNorms, v => Assert.True(double.IsFinite(v)));
        Assert.All(run.LearningRates, v => Assert.True(double.IsFinite(v)));
        Assert.All(run.EffectiveStepSizes, p => Assert.All(p, v => Assert.True(double.IsFinite(v))));
    }
}

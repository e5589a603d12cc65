using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Training.Tests;

/// <summary>
/// A diverged run has no final accuracy (not 0%): summaries count it as diverged and leave it out of their
/// statistics, and a cell where every seed diverged has no mean at all.
/// </summary>
public sealed class DivergedRunTests
{
    [Fact]
    public void ARunThatDivergesAtItsFirstStepHasNoAccuracyRatherThanZero()
    {
        var result = Trainer.Train(Network.ForDigits(16), TestData.Digits, Optimizer.Sgd(1e300), new TrainingOptions { Epochs = 2 });
        Assert.True(result.Status.Diverged);
        Assert.Empty(result.Epochs);
        Assert.Null(result.FinalValidationAccuracy);
        Assert.Null(result.BestValidationAccuracy);
    }

    [Fact]
    public void ARunThatDivergesLaterKeepsItsBestEpochButHasNoFinalAccuracy()
    {
        var run = SweepFixtures.Diverged("d", 25, 0.6, 0.8);
        Assert.Null(run.FinalValidationAccuracy);
        Assert.Equal(0.8, run.BestValidationAccuracy);
        Assert.Equal(0.8, SweepFixtures.Run("r", 0.6, 0.8).FinalValidationAccuracy);
    }

    [Fact]
    public void SeedSummaryLeavesDivergedRunsOutAndCountsThem()
    {
        var runs = new[] { SweepFixtures.Run("a", 0.90), SweepFixtures.Diverged("b", 0), SweepFixtures.Run("c", 0.96) };
        var summary = SeedSummary.Of(runs, r => r.FinalValidationAccuracy);
        Assert.Equal((3, 1, 2), (summary.Runs, summary.Diverged, summary.Measured));
        Assert.True(summary.HasValue);
        Assert.Equal(0.93, summary.Mean, 12);
        Assert.Equal((0.90, 0.96), (summary.Min, summary.Max));

        // Also for a metric every run has: a diverged run's last finite loss does not make it look good.
        var losses = SeedSummary.Of([SweepFixtures.Run("a", 0.5), SweepFixtures.Diverged("b", 30, 0.99)], r => r.Epochs[^1].TrainLoss);
        Assert.Equal((1, 0.5), (losses.Measured, losses.Mean));
    }

    [Fact]
    public void WhenEverySeedDivergedThereIsNoMean()
    {
        var summary = SeedSummary.Of([SweepFixtures.Diverged("a", 0), SweepFixtures.Diverged("b", 3)], r => r.FinalValidationAccuracy);
        Assert.Equal((2, 2, 0), (summary.Runs, summary.Diverged, summary.Measured));
        Assert.False(summary.HasValue);
        var e = Assert.Throws<InvalidOperationException>(() => summary.Mean);
        Assert.Contains("every run diverged", e.Message);
        Assert.Throws<InvalidOperationException>(() => summary.Min);
        Assert.Equal("all 2 diverged", summary.ToString());
    }

    [Fact]
    public void SweepSummaryShowsDivergedCellsAsDivergedAndNeverPicksThemAsBest()
    {
        // Learning rate 1.0 diverges in both seeds, 0.1 in one seed only (the other reaching a higher accuracy).
        var sweep = SweepFixtures.Sweep((_, _, l, k) => l switch { 0 => 0.8, 1 => 0.95, _ => 0.99 }, optimizers: 1, schedules: 1);
        var results = sweep.Results.Select((r, i) => sweep.Points[i].LearningRateIndex == 2 || (sweep.Points[i].LearningRateIndex == 1 && sweep.Points[i].SeedIndex == 0)
            ? r with { Status = new RunStatus(RunOutcome.Diverged, 40) } : r).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(sweep.Grid, sweep.Points, results));

        Assert.Equal(0.95, summary[0, 0, 1].Summary.Mean);
        Assert.False(summary[0, 0, 2].Summary.HasValue);
        // Fewer diverged seeds first: 0.01 (none diverged, 80%) beats 0.1 (one of two diverged, 95%).
        Assert.Equal(0.01, summary.Best().LearningRate);
        Assert.Equal([0.01], summary.WithinOfBest(0, 0, 0.5));
        // Chart inputs: a cell with no mean is not a number, which the charts draw as "diverged".
        var means = summary.MeansByLearningRate();
        Assert.Equal([80.0, 95.0], means[..2]);
        Assert.True(double.IsNaN(means[2]));
        Assert.True(double.IsNaN(summary.Means()[0, 2]));
    }
}

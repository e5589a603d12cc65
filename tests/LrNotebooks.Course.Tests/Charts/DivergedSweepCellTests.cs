using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

/// <summary>A sweep cell where every seed diverged reaches the sweep chart as "diverged", not as 0%.</summary>
public sealed class DivergedSweepCellTests
{
    [Fact]
    public void A_cell_where_every_seed_diverged_is_drawn_as_diverged()
    {
        double[] rates = [0.01, 0.1, 1.0];
        var grid = new SweepGrid(rates, [ScheduleChoice.Constant], [new OptimizerChoice("SGD", lr => Optimizer.Sgd(lr))], [0, 1]);
        var points = grid.Points();
        // The largest rate diverges at its first step in both seeds: no epoch, no accuracy.
        var results = points.Select(p => p.LearningRateIndex == 2
            ? new TrainingResult(p.Label, [], new RunStatus(RunOutcome.Diverged, 0))
            : new TrainingResult(p.Label, [new EpochMetrics(1, 0.5, 0.9, 0.5, 0.8 + 0.1 * p.LearningRateIndex, rates[p.LearningRateIndex])],
                new RunStatus(RunOutcome.StillRunning, 10))).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(grid, points, results));

        var json = new ChartJson(Plots.Sweep(rates, [new Series("SGD", summary.MeansByLearningRate())], "final validation accuracy (%)"));
        Assert.Equal([0.01, 0.1], ChartJson.Numbers(json.Trace("SGD"), "x").Select(v => v!.Value));
        Assert.Equal([80.0, 90.0], ChartJson.Numbers(json.Trace("SGD"), "y").Select(v => Math.Round(v!.Value, 9)));
        Assert.Equal([1.0], ChartJson.Numbers(json.Trace("SGD: diverged"), "x").Select(v => v!.Value));
    }
}

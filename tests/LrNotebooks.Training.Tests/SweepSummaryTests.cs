namespace LrNotebooks.Training.Tests;

public sealed class SweepSummaryTests
{
    private static readonly SweepResult Sweep = SweepFixtures.Sweep(SweepFixtures.Accuracy);

    [Fact]
    public void CellsHoldTheSeedMeanOfEveryGridCellInGridOrder()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        Assert.Equal(12, summary.Cells.Count);
        int i = 0;
        for (int o = 0; o < 2; o++)
            for (int s = 0; s < 2; s++)
                for (int l = 0; l < 3; l++, i++)
                {
                    var cell = summary.Cells[i];
                    Assert.Same(cell, summary[o, s, l]);
                    Assert.Equal((o, s, l), (cell.OptimizerIndex, cell.ScheduleIndex, cell.LearningRateIndex));
                    Assert.Equal(Sweep.Grid.LearningRates[l], cell.LearningRate);
                    Assert.Equal(Sweep.Grid.Optimizers[o].Name, cell.Optimizer);
                    Assert.Equal(Sweep.Grid.Schedules[s].Name, cell.Schedule);
                    Assert.Equal(2, cell.Summary.Runs);
                    Assert.Equal(SweepFixtures.Accuracy(o, s, l, 0) + 0.001, cell.Summary.Mean, 12);
                    Assert.Equal(0.002, cell.Summary.Spread, 12);
                }
    }

    [Fact]
    public void BestPicksTheBestSeedMeanPerOptimizerAndSchedule()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        Assert.Equal(1, summary.Best(0, 0).LearningRateIndex);
        Assert.Equal(2, summary.Best(0, 1).LearningRateIndex);
        Assert.Equal(1.0, summary.Best("Adam", "cosine").LearningRate);
        Assert.Same(summary.Best(1, 0), summary.Best("Adam", "constant"));
        var losses = SweepSummary.Of(Sweep, r => 1 - r.FinalValidationAccuracy, "error", higherIsBetter: false);
        Assert.Equal(1, losses.Best(0, 0).LearningRateIndex);
        Assert.Equal(2, losses.Best(1, 1).LearningRateIndex);
    }

    [Fact]
    public void TiesGoToTheSmallerLearningRateIndex()
    {
        var flat = SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep((_, _, _, _) => 0.9));
        Assert.Equal(0, flat.Best(1, 1).LearningRateIndex);
        Assert.Equal([0.01, 0.1, 1.0], flat.WithinOfBest(1, 1, 0));
    }

    [Fact]
    public void WithinOfBestIsTheWindowOfGoodLearningRates()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        Assert.Equal([0.1], summary.WithinOfBest(0, 0, 0.1));
        Assert.Equal([0.01, 0.1, 1.0], summary.WithinOfBest(0, 0, 0.25));
        Assert.Equal([0.1, 1.0], summary.WithinOfBest(0, 1, 0.06));
    }

    [Fact]
    public void MeansAreAHeatMapTableInDisplayUnits()
    {
        var percent = SweepSummary.FinalValidationAccuracy(Sweep).Means(1);
        Assert.Equal((2, 3), (percent.GetLength(0), percent.GetLength(1)));
        Assert.Equal(100 * (SweepFixtures.Accuracy(1, 1, 2, 0) + 0.001), percent[1, 2], 9);
        var plain = SweepSummary.Of(Sweep, r => r.FinalValidationAccuracy, "accuracy").Means(0);
        Assert.Equal(SweepFixtures.Accuracy(0, 0, 1, 0) + 0.001, plain[0, 1], 12);
    }

    [Fact]
    public void MeansByLearningRateAreTheYValuesOfASweepChart()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        var y = summary.MeansByLearningRate(1, 1);
        Assert.Equal(3, y.Length);
        for (int l = 0; l < 3; l++) Assert.Equal(100 * (SweepFixtures.Accuracy(1, 1, l, 0) + 0.001), y[l], 9);
        Assert.Equal(summary.MeansByLearningRate(0, 0), summary.MeansByLearningRate());
        Assert.Equal("schedule", Assert.Throws<ArgumentOutOfRangeException>(() => summary.MeansByLearningRate(0, 2)).ParamName);
    }

    [Fact]
    public void DivergedRunsAreCounted()
    {
        var grid = Sweep.Grid;
        var results = Sweep.Results.Select((r, i) => i == 0 ? SweepFixtures.Diverged(r.Label, 12, 0.3) : r).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(grid, Sweep.Points, results));
        Assert.Equal(1, summary[0, 0, 0].Summary.Diverged);
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterName()
    {
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => SweepSummary.FinalValidationAccuracy(null!)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => SweepSummary.Of(Sweep, null!, "m")).ParamName);
        Assert.Equal("metricName", Assert.Throws<ArgumentException>(() => SweepSummary.Of(Sweep, r => 1, " ")).ParamName);
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        Assert.Equal("optimizer", Assert.Throws<ArgumentOutOfRangeException>(() => summary[2, 0, 0]).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentOutOfRangeException>(() => summary.Best(0, -1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => summary[0, 0, 3]).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentOutOfRangeException>(() => summary.Means(5)).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => summary.Best("RMSprop", "constant"));
        Assert.Equal("optimizer", unknown.ParamName);
        Assert.Contains("\"SGD\", \"Adam\"", unknown.Message);
        Assert.Equal("schedule", Assert.Throws<ArgumentException>(() => summary.Best("SGD", "step")).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => summary.WithinOfBest(0, 0, -0.1)).ParamName);
    }
}

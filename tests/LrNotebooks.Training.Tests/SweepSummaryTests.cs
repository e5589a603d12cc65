namespace LrNotebooks.Training.Tests;

public sealed class SweepSummaryTests
{
    // accuracy = 0.5 + 0.1 o + 0.01 s + a peak at the middle learning rate (+0.2) for schedule 0 and at the last one
    // for schedule 1, + 0.002 per seed: every cell has a known mean.
    private static double Accuracy(int o, int s, int l, int k) =>
        0.5 + 0.1 * o + 0.01 * s + (s == 0 ? (l == 1 ? 0.2 : 0) : 0.05 * l) + 0.002 * k;

    private static readonly SweepResult Sweep = SweepFixtures.Sweep(Accuracy);

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
                    Assert.Equal(Accuracy(o, s, l, 0) + 0.001, cell.Summary.Mean, 12);
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
        Assert.Equal(100 * (Accuracy(1, 1, 2, 0) + 0.001), percent[1, 2], 9);
        var plain = SweepSummary.Of(Sweep, r => r.FinalValidationAccuracy, "accuracy").Means(0);
        Assert.Equal(Accuracy(0, 0, 1, 0) + 0.001, plain[0, 1], 12);
    }

    [Fact]
    public void MeansByLearningRateAreTheYValuesOfASweepChart()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        var y = summary.MeansByLearningRate(1, 1);
        Assert.Equal(3, y.Length);
        for (int l = 0; l < 3; l++) Assert.Equal(100 * (Accuracy(1, 1, l, 0) + 0.001), y[l], 9);
        Assert.Equal(summary.MeansByLearningRate(0, 0), summary.MeansByLearningRate());
        Assert.Equal("schedule", Assert.Throws<ArgumentOutOfRangeException>(() => summary.MeansByLearningRate(0, 2)).ParamName);
    }

    [Fact]
    public void ScoreboardNamesEachRowAndMayMixSummaries()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        var other = SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep(Accuracy, optimizers: 1, schedules: 1));
        var board = summary.Scoreboard([("best cosine", summary.Best(0, 1)), ("too low", other[0, 0, 0])]);
        Assert.Equal(["setting", "optimizer", "schedule", "base LR", "final accuracy (mean of 2 seeds)", "± std", "min – max", "diverged"], board.Columns);
        Assert.Equal(["best cosine", "SGD", "cosine", "1", "61.1%", "0.1 pt", "61% – 61.2%", "0/2"], board.Rows[0]);
        Assert.Equal("too low", board.Rows[1][0]);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => summary.Scoreboard([(" ", summary[0, 0, 0])])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => summary.Scoreboard([("x", null!)])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => summary.Scoreboard(null!)).ParamName);
    }

    [Fact]
    public void TablesShowEveryCellOrTheBestRowWithFormattedStatistics()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        var table = summary.Table();
        Assert.Equal(["optimizer", "schedule", "base LR", "final accuracy (mean of 2 seeds)", "± std", "min – max", "diverged"], table.Columns);
        Assert.Equal(12, table.Rows.Count);
        Assert.Equal(["SGD", "constant", "0.1", "70.1%", "0.1 pt", "70% – 70.2%", "0/2"], table.Rows[1]);
        var best = summary.BestTable();
        Assert.Equal("best base LR", best.Columns[2]);
        Assert.Equal(4, best.Rows.Count);
        Assert.Equal(["Adam", "cosine", "1", "71.1%", "0.1 pt", "71% – 71.2%", "0/2"], best.Rows[3]);
        Assert.Contains("<table", best.ToHtml());
    }

    [Fact]
    public void SingleOptimizerAndScheduleColumnsAreLeftOut()
    {
        var table = SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep(Accuracy, optimizers: 1, schedules: 1)).Table();
        Assert.Equal("base LR", table.Columns[0]);
        Assert.Equal(3, table.Rows.Count);
        var loss = SweepSummary.Of(SweepFixtures.Sweep(Accuracy, 1, 1), r => r.Epochs[^1].TrainLoss, "train loss", higherIsBetter: false).Table();
        Assert.Equal("0.499", loss.Rows[0][1]);
    }

    [Fact]
    public void DivergedRunsAreCounted()
    {
        var grid = Sweep.Grid;
        var results = Sweep.Results.Select((r, i) => i == 0 ? SweepFixtures.Diverged(r.Label, 12, 0.3) : r).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(grid, Sweep.Points, results));
        Assert.Equal(1, summary[0, 0, 0].Summary.Diverged);
        Assert.Equal("1/2", summary.Table().Rows[0][^1]);
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

using LrNotebooks.Core.Running;
using LrNotebooks.Training;
using LrNotebooks.Training.Tests;

namespace LrNotebooks.Course.Tests;

public sealed class SweepTablesTests
{
    private static readonly SweepResult Sweep = SweepFixtures.Sweep(SweepFixtures.Accuracy);

    [Fact]
    public void ScoreboardNamesEachRowAndMayMixSummaries()
    {
        var summary = SweepSummary.FinalValidationAccuracy(Sweep);
        var other = SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep(SweepFixtures.Accuracy, optimizers: 1, schedules: 1));
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
        var table = SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep(SweepFixtures.Accuracy, optimizers: 1, schedules: 1)).Table();
        Assert.Equal("base LR", table.Columns[0]);
        Assert.Equal(3, table.Rows.Count);
        var loss = SweepSummary.Of(SweepFixtures.Sweep(SweepFixtures.Accuracy, 1, 1), r => r.Epochs[^1].TrainLoss, "train loss", higherIsBetter: false).Table();
        Assert.Equal("0.499", loss.Rows[0][1]);
    }

    [Fact]
    public void DivergedRunsAreCountedInTheTable()
    {
        var grid = Sweep.Grid;
        var results = Sweep.Results.Select((r, i) => i == 0 ? SweepFixtures.Diverged(r.Label, 12, 0.3) : r).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(grid, Sweep.Points, results));
        Assert.Equal("1/2", summary.Table().Rows[0][^1]);
    }

    [Fact]
    public void ACellWhereEverySeedDivergedReadsAllDivergedWithNoSpread()
    {
        var sweep = SweepFixtures.Sweep((_, _, l, _) => 0.9, optimizers: 1, schedules: 1);
        var results = sweep.Results.Select((r, i) => sweep.Points[i].LearningRateIndex == 2
            ? r with { Status = new RunStatus(RunOutcome.Diverged, 40) } : r).ToArray();
        var summary = SweepSummary.FinalValidationAccuracy(new SweepResult(sweep.Grid, sweep.Points, results));
        var row = summary.Table().Rows[2];
        Assert.Equal("all diverged", row[1]);
        Assert.Equal("–", row[2]);
        Assert.Equal("–", row[3]);
        Assert.Equal("2/2", row[^1]);
    }
}

using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests;

public sealed class SweepRunnerTests
{
    private static SweepGrid Grid() => new([0.03, 0.3, 50],
        [ScheduleChoice.Constant, new ScheduleChoice("cosine", lr => Schedule.Cosine(lr, 2), ScheduleStepping.PerEpoch)],
        [new OptimizerChoice("SGD momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9))], [0, 1]);

    [Fact]
    public void ResultsAreBitIdenticalToTrainingSweep()
    {
        var options = new TrainingOptions { Epochs = 2 };
        var expected = TrainingSweep.Run(Network.ForDigits(8), TestData.Digits, Grid(), options);
        var actual = SweepRunner.Run(Network.ForDigits(8), TestData.Digits, Grid(), options, _ => { });
        Assert.Equal(expected.Points.Select(p => p.Label), actual.Points.Select(p => p.Label));
        for (int i = 0; i < expected.Results.Count; i++)
        {
            Assert.Equal(expected.Results[i].Label, actual.Results[i].Label);
            Assert.Equal(expected.Results[i].Status, actual.Results[i].Status);
            Assert.Equal(expected.Results[i].Epochs, actual.Results[i].Epochs);
            Assert.Equal(expected.Results[i].BatchLosses, actual.Results[i].BatchLosses);
            Assert.Equal(expected.Results[i].Parameters, actual.Results[i].Parameters);
        }
        Assert.True(actual[0, 0, 2, 0].Status.Diverged);
    }

    [Fact]
    public void ProgressStartsAtZeroEndsDoneNeverGoesBackAndRunsOnTheCallingThread()
    {
        var reports = new List<(SweepProgress Progress, int Thread)>();
        SweepRunner.Run(Network.ForDigits(8), TestData.Digits, Grid(), new TrainingOptions { Epochs = 3 },
            p => reports.Add((p, Environment.CurrentManagedThreadId)), TimeSpan.FromMilliseconds(1));
        Assert.True(reports.Count >= 2);
        Assert.Equal(0, reports[0].Progress.Completed);
        Assert.True(reports[^1].Progress.Done);
        Assert.All(reports, r => Assert.Equal(12, r.Progress.Total));
        Assert.All(reports, r => Assert.Equal(Environment.CurrentManagedThreadId, r.Thread));
        for (int i = 1; i < reports.Count; i++)
        {
            Assert.True(reports[i].Progress.Completed >= reports[i - 1].Progress.Completed);
            Assert.True(reports[i].Progress.Elapsed >= reports[i - 1].Progress.Elapsed);
        }
    }

    [Fact]
    public void AFailingRunSurfacesItsOwnException()
    {
        var grid = new SweepGrid([0.1], [ScheduleChoice.Constant],
            [new OptimizerChoice("broken", _ => throw new InvalidOperationException("no optimizer"))], [0, 1, 2]);
        var e = Assert.Throws<InvalidOperationException>(() => SweepRunner.Run(Network.ForDigits(8), TestData.Digits, grid, null, _ => { }));
        Assert.Equal("no optimizer", e.Message);
    }

    [Fact]
    public void ProgressTextSaysHowFarTheSweepHasGot()
    {
        var running = new SweepProgress(12, 24, TimeSpan.FromSeconds(2.14));
        Assert.Equal("trained 12 of 24 networks (2.1 s)", running.ToString());
        Assert.False(running.Done);
        Assert.Equal(0.5, running.Fraction);
        var done = running with { Completed = 24, Elapsed = TimeSpan.FromSeconds(4) };
        Assert.True(done.Done);
        Assert.Equal("trained all 24 networks in 4.0 s", done.ToString());
        Assert.Equal(1, new SweepProgress(0, 0, TimeSpan.Zero).Fraction);
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterName()
    {
        var net = Network.ForDigits(8);
        var data = TestData.Digits;
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => SweepRunner.Run(null!, data, Grid(), null, _ => { })).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => SweepRunner.Run(net, null!, Grid(), null, _ => { })).ParamName);
        Assert.Equal("grid", Assert.Throws<ArgumentNullException>(() => SweepRunner.Run(net, data, null!, null, _ => { })).ParamName);
        Assert.Equal("progress", Assert.Throws<ArgumentNullException>(() => SweepRunner.Run(net, data, Grid(), null, null!)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => SweepRunner.Run(net, data, Grid(), null, _ => { }, TimeSpan.Zero)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => SweepRunner.Run(net, data, Grid(), null, _ => { }, null, 0)).ParamName);
    }
}

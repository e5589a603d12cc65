using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Training.Tests.TestDoubles;

namespace LrNotebooks.Training.Tests;

public sealed class TrainingSweepTests
{
    private static SweepGrid SmallGrid() => new(
        [0.02, 0.2, 40],
        [ScheduleChoice.Constant, new ScheduleChoice("cosine", lr => Schedule.Cosine(lr, 2), ScheduleStepping.PerEpoch)],
        [new OptimizerChoice("SGD momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9)), new OptimizerChoice("Adam", lr => Optimizer.Adam(lr))],
        [0, 1]);

    [Fact]
    public void ParallelSweepIsBitIdenticalToASerialOne()
    {
        var grid = SmallGrid();
        var options = new TrainingOptions { Epochs = 2 };
        var serial = TrainingSweep.Run(Network.ForDigits(16), TestData.Digits, grid, options, maxDegreeOfParallelism: 1);
        var parallel = TrainingSweep.Run(Network.ForDigits(16), TestData.Digits, grid, options);
        Assert.Equal(24, parallel.Results.Count);
        for (int i = 0; i < grid.Count; i++)
        {
            Assert.Equal(serial.Results[i].Label, parallel.Results[i].Label);
            Assert.Equal(serial.Results[i].Status, parallel.Results[i].Status);
            Assert.Equal(serial.Results[i].Epochs, parallel.Results[i].Epochs);
            Assert.Equal(serial.Results[i].BatchLosses, parallel.Results[i].BatchLosses);
            Assert.Equal(serial.Results[i].Parameters, parallel.Results[i].Parameters);
        }
        // The grid really varies: the huge LR diverges, the others do not, and seeds change the numbers.
        Assert.Equal(RunOutcome.Diverged, parallel[0, 0, 2, 0].Status.Outcome);
        Assert.Equal(RunOutcome.StillRunning, parallel[0, 0, 1, 0].Status.Outcome);
        Assert.NotEqual(parallel[0, 0, 1, 0].BatchLosses, parallel[0, 0, 1, 1].BatchLosses);
    }

    [Fact]
    public void EachRunEqualsTheSameSingleTraining()
    {
        var grid = SmallGrid();
        var sweep = TrainingSweep.Run(Network.ForDigits(16), TestData.Digits, grid, new TrainingOptions { Epochs = 2 });
        var point = sweep.Points[grid.IndexOf(1, 1, 1, 1)];
        Assert.Equal((1, 1, 1, 1), (point.OptimizerIndex, point.ScheduleIndex, point.LearningRateIndex, point.SeedIndex));
        var single = Trainer.Train(Network.ForDigits(16), TestData.Digits, lr => Optimizer.Adam(lr), Schedule.Cosine(0.2, 2),
            ScheduleStepping.PerEpoch, new TrainingOptions { Epochs = 2, Seed = 1 });
        Assert.Equal(single.Epochs, sweep.Results[point.Index].Epochs);
        Assert.Equal("Adam, cosine, lr=0.2, seed 1", sweep.Results[point.Index].Label);
    }

    [Fact]
    public void GridOrderIsOptimizerScheduleLearningRateSeed()
    {
        var grid = SmallGrid();
        var points = grid.Points();
        Assert.Equal(24, grid.Count);
        Assert.Equal(Enumerable.Range(0, 24), points.Select(p => p.Index));
        Assert.Equal((0, 0, 0, 1), (points[1].OptimizerIndex, points[1].ScheduleIndex, points[1].LearningRateIndex, points[1].SeedIndex));
        Assert.Equal((0, 0, 1, 0), (points[2].OptimizerIndex, points[2].ScheduleIndex, points[2].LearningRateIndex, points[2].SeedIndex));
        Assert.Equal((0, 1, 0, 0), (points[6].OptimizerIndex, points[6].ScheduleIndex, points[6].LearningRateIndex, points[6].SeedIndex));
        Assert.Equal((1, 0, 0, 0), (points[12].OptimizerIndex, points[12].ScheduleIndex, points[12].LearningRateIndex, points[12].SeedIndex));
        foreach (var p in points) Assert.Equal(p.Index, grid.IndexOf(p.OptimizerIndex, p.ScheduleIndex, p.LearningRateIndex, p.SeedIndex));
        Assert.Equal(40, points[5].LearningRate);
        Assert.Equal("seed", Assert.Throws<ArgumentOutOfRangeException>(() => grid.IndexOf(0, 0, 0, 2)).ParamName);
    }

    [Fact]
    public void MeanOverSeedsAveragesTheMetric()
    {
        var grid = new SweepGrid([0.05, 0.1], [ScheduleChoice.Constant], [new OptimizerChoice("SGD", lr => Optimizer.Sgd(lr))], [0, 1, 2]);
        var sweep = TrainingSweep.Run(Network.ForDigits(), TestData.Digits, grid, new TrainingOptions { Epochs = 1 });
        var table = sweep.MeanOverSeeds(r => r.FinalValidationAccuracy);
        Assert.Equal(1, table.GetLength(0));
        Assert.Equal(2, table.GetLength(1));
        Assert.Equal(Enumerable.Range(0, 3).Average(k => sweep[0, 0, 1, k].FinalValidationAccuracy!.Value), table[0, 1], 15);
    }

    [Fact]
    public void MapKeepsInputOrderAndValidates()
    {
        var inputs = Enumerable.Range(0, 100).ToArray();
        Assert.Equal(inputs.Select(i => i * i), Sweep.Map(inputs, i => i * i));
        Assert.Equal(inputs.Select(i => i * i), Sweep.Map(inputs, i => i * i, maxDegreeOfParallelism: 1));
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Map(inputs, i => i, 0)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Map(inputs, i => i, -2)).ParamName);
    }

    [Fact]
    public void GridValidates()
    {
        var schedules = new[] { ScheduleChoice.Constant };
        var optimizers = new[] { new OptimizerChoice("SGD", lr => Optimizer.Sgd(lr)) };
        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => new SweepGrid([], schedules, optimizers, [0])).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentException>(() => new SweepGrid([0.1], [], optimizers, [0])).ParamName);
        Assert.Equal("optimizers", Assert.Throws<ArgumentException>(() => new SweepGrid([0.1], schedules, [], [0])).ParamName);
        Assert.Equal("seeds", Assert.Throws<ArgumentException>(() => new SweepGrid([0.1], schedules, optimizers, [])).ParamName);
        Assert.Equal("learningRates[1]", Assert.Throws<ArgumentOutOfRangeException>(() => new SweepGrid([0.1, 0], schedules, optimizers, [0])).ParamName);
        Assert.Equal("schedules[0]", Assert.Throws<ArgumentNullException>(() => new SweepGrid([0.1], [null!], optimizers, [0])).ParamName);
    }
}

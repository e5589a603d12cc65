using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training.Tests.TestDoubles;

namespace LrNotebooks.Training.Tests;

public sealed class TrainerTests
{
    [Fact]
    public void MlpReachesNinetySevenPercentWithSgdMomentumAndCosinePerEpoch()
    {
        var result = Trainer.Train(Network.ForDigits(64), TestData.Digits, lr => new TestSgd(lr, Momentum: 0.9),
            new TestCosineSchedule(0.05, 30), ScheduleStepping.PerEpoch, new TrainingOptions { Epochs = 30, Seed = 1 });
        Assert.Equal(RunOutcome.StillRunning, result.Status.Outcome);
        Assert.Equal(30, result.Epochs.Count);
        Assert.True(result.FinalValidationAccuracy >= 0.97, $"validation accuracy {result.FinalValidationAccuracy:P2}");
        Assert.True(result.Epochs[^1].TrainAccuracy >= 0.99, $"train accuracy {result.Epochs[^1].TrainAccuracy:P2}");
    }

    [Fact]
    public void MlpReachesNinetySevenPercentWithAdam()
    {
        var result = Trainer.Train(Network.ForDigits(64), TestData.Digits, lr => new TestAdam(lr),
            new TestCosineSchedule(3e-3, 20 * 45), ScheduleStepping.PerBatch, new TrainingOptions { Epochs = 20, Seed = 2 });
        Assert.True(result.FinalValidationAccuracy >= 0.97, $"validation accuracy {result.FinalValidationAccuracy:P2}");
    }

    [Fact]
    public void SoftmaxRegressionLearnsAndLossesFall()
    {
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(0.1, 0.9), new TrainingOptions { Epochs = 10 });
        Assert.True(result.FinalValidationAccuracy >= 0.93, $"validation accuracy {result.FinalValidationAccuracy:P2}");
        Assert.True(result.Epochs[^1].TrainLoss < result.Epochs[0].TrainLoss);
        Assert.True(result.Epochs[0].ValidationLoss < Math.Log(10));
        Assert.Equal(Enumerable.Range(1, 10), result.Epochs.Select(e => e.Epoch));
        Assert.Equal(new RunStatus(RunOutcome.StillRunning, 450), result.Status);
        Assert.Equal(450, result.BatchLosses.Count);
        Assert.Equal(45, result.BatchesPerEpoch);
        Assert.NotNull(result.Parameters);
        var evaluation = Network.ForDigits().Evaluate(result.Parameters, TestData.Digits.Validation);
        Assert.Equal(result.Epochs[^1].ValidationAccuracy, evaluation.Accuracy);
        Assert.Equal(result.Epochs[^1].ValidationLoss, evaluation.Loss);
    }

    [Fact]
    public void SameSeedGivesBitIdenticalRunsAndSeedsMatter()
    {
        var options = new TrainingOptions { Epochs = 3, Seed = 4 };
        var a = Trainer.Train(Network.ForDigits(32), TestData.Digits, new TestSgd(0.05, 0.9), options);
        var b = Trainer.Train(Network.ForDigits(32), TestData.Digits, new TestSgd(0.05, 0.9), options);
        Assert.Equal(a.Epochs, b.Epochs);
        Assert.Equal(a.BatchLosses, b.BatchLosses);
        Assert.Equal(a.Parameters, b.Parameters);
        var otherWeights = Trainer.Train(Network.ForDigits(32), TestData.Digits, new TestSgd(0.05, 0.9), options with { Seed = 5, ShuffleSeed = 5 });
        var otherOrder = Trainer.Train(Network.ForDigits(32), TestData.Digits, new TestSgd(0.05, 0.9), options with { ShuffleSeed = 99 });
        Assert.NotEqual(a.BatchLosses.Skip(1), otherWeights.BatchLosses.Skip(1));
        Assert.NotEqual(a.BatchLosses[0], otherOrder.BatchLosses[0]);
    }

    [Fact]
    public void TrainingLoopEqualsAManualLoopOverThePublicApi()
    {
        // Same seeds, same shuffle, same optimizer: the trainer must do exactly loss/gradient then step per batch.
        var net = Network.ForDigits(8);
        var data = TestData.Digits;
        var result = Trainer.Train(net, data, new TestSgd(0.1, 0.5), new TrainingOptions { Epochs = 2, BatchSize = 100, Seed = 3 });

        var optimizer = new TestSgd(0.1, 0.5);
        var state = optimizer.CreateState(net.ParameterCount);
        var p = net.InitialParameters(3);
        var g = new double[net.ParameterCount];
        var shuffle = new Random(4);
        var order = new int[data.Train.Count];
        var losses = new List<double>();
        for (int epoch = 0; epoch < 2; epoch++)
        {
            for (int i = 0; i < order.Length; i++) order[i] = i;
            DeterministicShuffle.Shuffle(order, shuffle);
            for (int start = 0; start < order.Length; start += 100)
            {
                losses.Add(net.LossAndGradient(p, data.Train, order.AsSpan(start, Math.Min(100, order.Length - start)), g));
                optimizer.Step(p, g, state);
            }
        }
        Assert.Equal(losses, result.BatchLosses);
        Assert.Equal(p, result.Parameters);
        Assert.Equal(net.Evaluate(p, data.Validation).Loss, result.Epochs[^1].ValidationLoss);
    }

    [Fact]
    public void PerBatchSteppingReadsTheScheduleAtTheGlobalBatchStep()
    {
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, lr => new TestSgd(lr), new TestStepsSchedule(1e-4),
            ScheduleStepping.PerBatch, new TrainingOptions { Epochs = 2, BatchSize = 500 });
        Assert.Equal(3, result.BatchesPerEpoch);
        Assert.Equal([1e-4, 2e-4, 3e-4, 4e-4, 5e-4, 6e-4], result.BatchLearningRates.Select(x => Math.Round(x, 12)));
        Assert.Equal(3e-4, result.Epochs[0].LearningRate, 15);
        Assert.Equal(6e-4, result.Epochs[1].LearningRate, 15);
    }

    [Fact]
    public void PerEpochSteppingReadsTheScheduleAtTheEpochIndex()
    {
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, lr => new TestSgd(lr), new TestStepsSchedule(1e-4),
            ScheduleStepping.PerEpoch, new TrainingOptions { Epochs = 3, BatchSize = 500 });
        Assert.Equal([1e-4, 1e-4, 1e-4, 2e-4, 2e-4, 2e-4, 3e-4, 3e-4, 3e-4], result.BatchLearningRates.Select(x => Math.Round(x, 12)));
        Assert.Equal([1e-4, 2e-4, 3e-4], result.Epochs.Select(e => Math.Round(e.LearningRate, 12)));
        Assert.EndsWith("steps per epoch", result.Label);
    }

    [Fact]
    public void EpochScheduleMapsBatchStepsToEpochs()
    {
        var schedule = new EpochSchedule(new TestStepsSchedule(1), 4);
        Assert.Equal([1.0, 1, 1, 1, 2, 2, 2, 2, 3], schedule.Preview(9));
        Assert.Equal("steps per epoch", schedule.Name);
        Assert.Equal("stepsPerEpoch", Assert.Throws<ArgumentOutOfRangeException>(() => new EpochSchedule(new TestStepsSchedule(1), 0)).ParamName);
        Assert.Equal("perEpoch", Assert.Throws<ArgumentNullException>(() => new EpochSchedule(null!, 1)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => schedule.At(-1)).ParamName);
    }

    [Fact]
    public void DivergenceIsReportedAtTheBatchStepWithoutNaN()
    {
        var result = Trainer.Train(Network.ForDigits(64), TestData.Digits, new TestSgd(50, 0.9), new TrainingOptions { Epochs = 5 });
        Assert.Equal(RunOutcome.Diverged, result.Status.Outcome);
        Assert.InRange(result.Status.Step, 1, 5 * 45 - 1);
        Assert.Equal(result.Status.Step, result.BatchLosses.Count);
        Assert.Null(result.Parameters);
        AssertAllFinite(result);
        Assert.Equal($"diverged at step {result.Status.Step}", result.Status.ToString());
    }

    [Fact]
    public void WithoutAFactorANonFiniteLossIsCaught()
    {
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(1e308, 0.9),
            new TrainingOptions { Epochs = 3, DivergenceFactor = double.PositiveInfinity });
        Assert.Equal(RunOutcome.Diverged, result.Status.Outcome);
        Assert.Equal(result.Status.Step, result.BatchLosses.Count);
        Assert.InRange(result.Status.Step, 1, 10);
        AssertAllFinite(result);
    }

    [Fact]
    public void NonFiniteParametersAfterAStepAreCaughtAtThatStep()
    {
        var result = Trainer.Train(Network.ForDigits(16), TestData.Digits, new TestPoison(AtStep: 3, double.PositiveInfinity), new TrainingOptions { Epochs = 2 });
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 3), result.Status);
        Assert.Equal(4, result.BatchLosses.Count);
        Assert.Empty(result.Epochs);
        Assert.Null(result.Parameters);
        AssertAllFinite(result);
    }

    [Fact]
    public void NonFiniteEpochMetricsAreCaughtAtTheEpochsLastStep()
    {
        // Huge but finite parameters after the last batch of epoch 2: the step is fine, the evaluation overflows.
        var result = Trainer.Train(Network.ForDigits(16), TestData.Digits, new TestPoison(AtStep: 89, 1e307), new TrainingOptions { Epochs = 3 });
        Assert.Equal(new RunStatus(RunOutcome.Diverged, 89), result.Status);
        Assert.Single(result.Epochs);
        Assert.Equal(90, result.BatchLosses.Count);
        AssertAllFinite(result);
    }

    [Fact]
    public void ALossAboveTheFactorIsDivergence()
    {
        var loose = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(1e4), new TrainingOptions { Epochs = 2, DivergenceFactor = double.PositiveInfinity });
        Assert.Equal(RunOutcome.StillRunning, loose.Status.Outcome);
        double worst = loose.BatchLosses.Max() / loose.BatchLosses[0];
        Assert.True(worst > 20, $"worst loss ratio {worst}");
        var strict = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(1e4), new TrainingOptions { Epochs = 2, DivergenceFactor = 20 });
        Assert.Equal(RunOutcome.Diverged, strict.Status.Outcome);
        int first = loose.BatchLosses.Select((x, i) => (x, i)).First(t => t.x > 20 * loose.BatchLosses[0]).i;
        Assert.Equal(first, strict.Status.Step);
    }

    [Fact]
    public void ProgressIsCalledAfterEveryEpoch()
    {
        var seen = new List<EpochMetrics>();
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(0.1), new TrainingOptions { Epochs = 4, Progress = seen.Add });
        Assert.Equal(result.Epochs, seen);
    }

    [Fact]
    public void DefaultLabelNamesNetworkOptimizerAndSchedule()
    {
        var constant = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(0.1), new TrainingOptions { Epochs = 1 });
        Assert.Equal("softmax regression 64-10, SGD(lr=0.1, momentum=0)", constant.Label);
        var cosine = Trainer.Train(Network.ForDigits(), TestData.Digits, lr => new TestSgd(lr), new TestCosineSchedule(0.1, 5),
            ScheduleStepping.PerEpoch, new TrainingOptions { Epochs = 1 });
        Assert.Equal("softmax regression 64-10, SGD(lr=0.1, momentum=0), cosine(lr=0.1, T_max=5) per epoch", cosine.Label);
        var named = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(0.1), new TrainingOptions { Epochs = 1, Label = "mine" });
        Assert.Equal("mine", named.Label);
    }

    [Fact]
    public void BatchLargerThanTheTrainingSetIsOneBatchPerEpoch()
    {
        var result = Trainer.Train(Network.ForDigits(), TestData.Digits, new TestSgd(0.5), new TrainingOptions { Epochs = 2, BatchSize = 5000 });
        Assert.Equal(1, result.BatchesPerEpoch);
        Assert.Equal(2, result.BatchLosses.Count);
    }

    [Fact]
    public void BatchesPerEpochRoundsUp()
    {
        Assert.Equal(45, Trainer.BatchesPerEpoch(1438, 32));
        Assert.Equal(1, Trainer.BatchesPerEpoch(32, 32));
        Assert.Equal(2, Trainer.BatchesPerEpoch(33, 32));
        Assert.Equal("trainCount", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.BatchesPerEpoch(0, 1)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.BatchesPerEpoch(1, 0)).ParamName);
    }

    [Fact]
    public void ArgumentsAreValidated()
    {
        var net = Network.ForDigits();
        var data = TestData.Digits;
        var sgd = new TestSgd(0.1);
        Assert.Equal("options.Epochs", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(net, data, sgd, new TrainingOptions { Epochs = 0 })).ParamName);
        Assert.Equal("options.BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(net, data, sgd, new TrainingOptions { BatchSize = 0 })).ParamName);
        var factor = Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(net, data, sgd, new TrainingOptions { DivergenceFactor = 1 }));
        Assert.Contains("options.DivergenceFactor", factor.Message);
        Assert.Contains("(1, +inf]", factor.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(net, data, sgd, new TrainingOptions { DivergenceFactor = double.NaN }));
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Trainer.Train(Network.Mlp(3, 2), data, sgd)).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentException>(() => Trainer.Train(net, data, _ => null!, 0.1)).ParamName);
        Assert.Equal("stepping", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(net, data, lr => new TestSgd(lr), 0.1, (ScheduleStepping)7)).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentNullException>(() => Trainer.Train(net, data, (TestSgd)null!)).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => Trainer.Train(net, data, lr => new TestSgd(lr), null!)).ParamName);
    }

    internal static void AssertAllFinite(TrainingResult result)
    {
        Assert.All(result.BatchLosses, x => Assert.True(double.IsFinite(x)));
        Assert.All(result.BatchLearningRates, x => Assert.True(double.IsFinite(x)));
        Assert.All(result.Epochs, e => Assert.True(double.IsFinite(e.TrainLoss) && double.IsFinite(e.ValidationLoss)
            && double.IsFinite(e.TrainAccuracy) && double.IsFinite(e.ValidationAccuracy) && double.IsFinite(e.LearningRate)));
        if (result.Parameters is not null) Assert.All(result.Parameters, x => Assert.True(double.IsFinite(x)));
    }
}

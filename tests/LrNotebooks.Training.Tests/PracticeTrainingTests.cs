using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests;

/// <summary>The trainer with schedule-free optimizers, reduce-on-plateau, warmup-stable-decay, full batches and sharpness.</summary>
public sealed class PracticeTrainingTests
{
    [Fact]
    public void Schedule_free_runs_are_evaluated_at_the_average_not_at_the_gradient_point()
    {
        var net = Network.ForDigits(16);
        var data = TestData.Digits;
        var sf = Optimizer.ScheduleFreeSgd(0.05, momentum: 0.9);
        var session = new TrainingSession(net, data.Train, sf, batchSize: 32, seed: 1, shuffleSeed: 2);
        session.Shuffle();
        for (int batch = 0; batch < 10; batch++)
        {
            session.ComputeBatch(batch);
            session.Step();
        }
        var x = sf.EvaluationPoint(session.State, session.Parameters);
        Assert.Equal(net.Evaluate(x, data.Validation), session.Evaluate(data.Validation));
        Assert.NotEqual(net.Evaluate(session.Parameters, data.Validation).Loss, session.Evaluate(data.Validation).Loss);

        var run = Trainer.Train(net, data, Optimizer.ScheduleFreeAdamW(0.01, warmupSteps: 20), new TrainingOptions { Epochs = 8, Seed = 3 });
        Assert.Equal(RunOutcome.StillRunning, run.Status.Outcome);
        Assert.Equal(run.Epochs[^1].ValidationLoss, net.Evaluate(run.Parameters, data.Validation).Loss);
        Assert.True(run.FinalValidationAccuracy > 0.93, $"validation accuracy {run.FinalValidationAccuracy:P2}");
    }

    [Fact]
    public void Reduce_on_plateau_sets_each_epochs_rate_from_the_previous_validation_loss()
    {
        var plateau = new ReduceOnPlateau(0.3, PlateauMode.Min, factor: 0.5, patience: 1);
        var run = Trainer.TrainWithPlateau(Network.ForDigits(16), TestData.Digits, lr => Optimizer.Sgd(lr, momentum: 0.9), plateau,
            options: new TrainingOptions { Epochs = 25, Seed = 4 });
        Assert.Equal(25, plateau.Epoch);
        Assert.True(plateau.Reductions >= 2, $"{plateau.Reductions} reductions");
        // Replaying the rule on the recorded losses gives every epoch's recorded rate.
        var replay = new ReduceOnPlateau(0.3, PlateauMode.Min, factor: 0.5, patience: 1);
        double rate = 0.3;
        for (int e = 0; e < run.Epochs.Count; e++)
        {
            Assert.Equal(rate, run.Epochs[e].LearningRate);
            for (int b = 0; b < run.BatchesPerEpoch; b++) Assert.Equal(rate, run.BatchLearningRates[e * run.BatchesPerEpoch + b]);
            rate = replay.Step(run.Epochs[e].ValidationLoss);
        }
        Assert.Contains("reduce-on-plateau(lr=0.3, factor=0.5, patience=1)", run.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_on_plateau_can_watch_the_validation_accuracy_and_rejects_a_used_rule()
    {
        var plateau = new ReduceOnPlateau(0.05, PlateauMode.Max, factor: 0.1, patience: 0);
        var run = Trainer.TrainWithPlateau(Network.ForDigits(), TestData.Digits, lr => Optimizer.Sgd(lr), plateau, m => m.ValidationAccuracy,
            new TrainingOptions { Epochs = 6 });
        Assert.Equal(6, run.Epochs.Count);
        Assert.Equal(plateau.Best, run.Epochs.Max(e => e.ValidationAccuracy));
        var error = Assert.Throws<ArgumentException>(() => Trainer.TrainWithPlateau(Network.ForDigits(), TestData.Digits, lr => Optimizer.Sgd(lr), plateau));
        Assert.Equal("plateau", error.ParamName);
    }

    [Fact]
    public void Warmup_stable_decay_runs_per_batch()
    {
        var wsd = Schedule.WarmupStableDecay(0.1, totalSteps: 5 * 45, cooldownSteps: 45, warmupSteps: 10);
        var run = Trainer.Train(Network.ForDigits(16), TestData.Digits, lr => Optimizer.Sgd(lr, momentum: 0.9), wsd,
            ScheduleStepping.PerBatch, new TrainingOptions { Epochs = 5, Seed = 5 });
        Assert.Equal(wsd.Preview(5 * 45), run.BatchLearningRates);
        Assert.True(run.FinalValidationAccuracy > 0.9);
    }

    [Fact]
    public void Warmup_stable_decay_branches_train_identically_until_the_earlier_cooldown()
    {
        var trunk = Schedule.WarmupStableDecay(0.1, totalSteps: 6 * 45, cooldownSteps: 90, warmupSteps: 20);
        var branch = trunk.Branch(totalSteps: 4 * 45, cooldownSteps: 45);
        TrainingResult Run(Schedule s, int epochs) => Trainer.Train(Network.ForDigits(16), TestData.Digits, lr => Optimizer.Sgd(lr, momentum: 0.9), s,
            ScheduleStepping.PerBatch, new TrainingOptions { Epochs = epochs, Seed = 7 });
        var longRun = Run(trunk, 6);
        var shortRun = Run(branch, 4);
        int shared = branch.CooldownStart;
        Assert.Equal(longRun.BatchLosses.Take(shared + 1), shortRun.BatchLosses.Take(shared + 1));
        Assert.NotEqual(longRun.BatchLosses[shared + 2], shortRun.BatchLosses[shared + 2]);
        Assert.Equal(longRun.Epochs[2], shortRun.Epochs[2]);
    }

    [Fact]
    public void Full_batch_gradient_descent_takes_one_step_per_epoch_and_records_the_sharpness()
    {
        var net = Network.ForDigits(16);
        var data = TestData.Digits;
        var options = new TrainingOptions
        {
            Epochs = 12, BatchSize = int.MaxValue, Seed = 6,
            Sharpness = new SharpnessOptions { Every = 5, Tolerance = 1e-4, MaxIterations = 300, Seed = 2 },
        };
        var run = Trainer.Train(net, data, Optimizer.Sgd(0.1), options);
        Assert.Equal(1, run.BatchesPerEpoch);
        Assert.Equal(12, run.BatchLosses.Count);
        Assert.True(run.BatchLosses[^1] < run.BatchLosses[0]);
        Assert.Equal([0, 5, 10, 12], run.Sharpness.Select(s => s.Step));
        Assert.All(run.Sharpness, s => Assert.True(s.Value > 0 && s.Converged));
        // The first measurement is the power iteration at the initial weights over the training set.
        var first = new NetworkHessian(net, data.Train).Sharpness(net.InitialParameters(6), 1e-4, 300, seed: 2);
        Assert.Equal(first.Value, run.Sharpness[0].Value, 1e-9 * first.Value);
        // Without the option nothing is measured.
        Assert.Empty(Trainer.Train(net, data, Optimizer.Sgd(0.1), options with { Sharpness = null, Epochs = 2 }).Sharpness);
    }

    [Fact]
    public void Sharpness_options_reject_bad_values()
    {
        Assert.Equal("Every", Assert.Throws<ArgumentOutOfRangeException>(() => new SharpnessOptions { Every = 0 }).ParamName);
        Assert.Equal("Tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new SharpnessOptions { Tolerance = 1 }).ParamName);
        Assert.Equal("MaxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new SharpnessOptions { MaxIterations = 0 }).ParamName);
        Assert.Equal("L2", Assert.Throws<ArgumentOutOfRangeException>(() => new SharpnessOptions { L2 = -1 }).ParamName);
        Assert.Equal(1, Trainer.BatchesPerEpoch(1438, int.MaxValue));
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class ReduceOnPlateauTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("ReduceLROnPlateau");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_ReduceLROnPlateau(string id)
    {
        var c = ScheduleFixtures.Get(id);
        var plateau = ScheduleFixtures.BuildPlateau(c);
        Assert.NotNull(c.Metrics);
        Assert.Equal(c.Lr, plateau.LearningRate);
        for (int i = 0; i < c.Metrics.Length; i++)
        {
            double next = plateau.Step(c.Metrics[i]);
            Assert.True(c.Values[i] == next, $"{c.Id} after metric {i}: expected {c.Values[i]:R}, got {next:R}"); // same arithmetic: bit for bit
            Assert.Equal(next, plateau.LearningRate);
        }
        Assert.Equal(c.Metrics.Length, plateau.Epoch);
    }

    [Fact]
    public void Fixture_exercises_reductions_cooldown_and_the_eps_guard()
    {
        var reductions = ScheduleFixtures.Cases.Where(c => c.Kind == "ReduceLROnPlateau")
            .Select(c => c.Values.Zip(c.Values.Skip(1)).Count(p => p.Second < p.First)).ToArray();
        Assert.True(reductions.Count(r => r >= 3) >= 5, "most cases reduce several times");
        Assert.Contains(0, reductions); // the eps case: every reduction is smaller than eps
    }

    [Fact]
    public void Reduces_after_more_than_patience_bad_epochs()
    {
        var p = new ReduceOnPlateau(1.0, patience: 2, factor: 0.5);
        Assert.Equal(1.0, p.Step(1.0)); // new best
        Assert.Equal(1.0, p.Step(1.0)); // bad 1
        Assert.Equal(1.0, p.Step(1.0)); // bad 2
        Assert.Equal(2, p.BadEpochs);
        Assert.Equal(0.5, p.Step(1.0)); // bad 3 > patience
        Assert.Equal((0, 1, 4), (p.BadEpochs, p.Reductions, p.Epoch));
        Assert.Equal(0.5, p.Step(0.5)); // improvement clears the count
        Assert.Equal(0.5, p.Best);
    }

    [Fact]
    public void Relative_threshold_demands_a_significant_improvement()
    {
        var p = new ReduceOnPlateau(1.0, patience: 0, threshold: 0.1);
        p.Step(1.0);
        Assert.Equal(0.1, p.Step(0.95), 12); // 0.95 is not < 1.0 * 0.9: bad epoch, patience 0 -> reduce
        Assert.Equal(1.0, p.Best);
        Assert.Equal(0.1, p.Step(0.89), 12); // 0.89 < 0.9: better
        Assert.Equal(0.89, p.Best);
    }

    [Fact]
    public void Max_mode_with_absolute_threshold_and_cooldown()
    {
        var p = new ReduceOnPlateau(1.0, PlateauMode.Max, factor: 0.5, patience: 0, threshold: 0.01,
            thresholdMode: ThresholdMode.Absolute, cooldown: 2);
        Assert.Equal(1.0, p.Step(0.5));
        Assert.Equal(0.5, p.Step(0.505)); // not > 0.51: reduce, cooldown 2
        Assert.Equal(2, p.CooldownCounter);
        Assert.Equal(0.5, p.Step(0.4)); // cooldown: bad epoch ignored
        Assert.Equal(0.5, p.Step(0.4)); // cooldown: bad epoch ignored
        Assert.Equal(0.25, p.Step(0.4)); // counted again
        Assert.Equal(0.25, p.Step(0.52 + 0.01)); // better
    }

    [Fact]
    public void Respects_min_lr_and_eps()
    {
        var p = new ReduceOnPlateau(1.0, patience: 0, factor: 0.1, minLr: 0.05);
        p.Step(1);
        Assert.Equal(0.1, p.Step(1), 15);
        Assert.Equal(0.05, p.Step(1));
        Assert.Equal(0.05, p.Step(1));
        Assert.Equal(2, p.Reductions);
        var tiny = new ReduceOnPlateau(1e-8, patience: 0, factor: 0.5, eps: 1e-8);
        tiny.Step(1);
        Assert.Equal(1e-8, tiny.Step(1)); // 1e-8 - 5e-9 is not > eps
        Assert.Equal(0, tiny.Reductions);
    }

    [Fact]
    public void NaN_metric_counts_as_a_bad_epoch_like_PyTorch()
    {
        var p = new ReduceOnPlateau(0.1, patience: 1, factor: 0.5);
        p.Step(2.0);
        Assert.Equal(0.1, p.Step(double.NaN));
        Assert.Equal(0.05, p.Step(double.NaN));
        Assert.Equal(2.0, p.Best);
        var fresh = new ReduceOnPlateau(0.1, PlateauMode.Max);
        Assert.Equal(double.NegativeInfinity, fresh.Best);
        fresh.Step(double.NaN);
        Assert.Equal((double.NegativeInfinity, 1), (fresh.Best, fresh.BadEpochs));
    }

    [Fact]
    public void Has_PyTorch_defaults()
    {
        var p = new ReduceOnPlateau(0.1);
        Assert.Equal((PlateauMode.Min, 0.1, 10, 1e-4, ThresholdMode.Relative, 0, 0.0, 1e-8),
            (p.Mode, p.Factor, p.Patience, p.Threshold, p.ThresholdMode, p.Cooldown, p.MinLearningRate, p.Eps));
        Assert.Equal(double.PositiveInfinity, p.Best);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(double.NaN), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(-0.1), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, (PlateauMode)2), "mode", "Min, Max");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, factor: 1), "factor", "(0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, factor: 0), "factor", "(0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, factor: double.NaN), "factor");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, patience: -1), "patience", ">= 0");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, threshold: -1e-4), "threshold", "[0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, threshold: 1), "threshold", "[0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, threshold: -1, thresholdMode: ThresholdMode.Absolute), "threshold", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, thresholdMode: (ThresholdMode)5), "thresholdMode", "Relative, Absolute");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, cooldown: -1), "cooldown", ">= 0");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, minLr: -1), "minLr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ReduceOnPlateau(0.1, eps: double.NaN), "eps");
        // An absolute threshold of 5 is fine.
        Assert.Equal(5, new ReduceOnPlateau(0.1, threshold: 5, thresholdMode: ThresholdMode.Absolute).Threshold);
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>No framework ships WSD as one scheduler: expected values are the formulas of Hägele et al. 2024 worked by hand.</summary>
public sealed class WarmupStableDecayScheduleTests
{
    [Fact]
    public void Linear_cooldown_warms_up_holds_and_decays_to_zero_at_the_budget()
    {
        // w = 2, T = 10, c = 4: warm-up 0, 0.5; stable 1 for t = 2..5; cool-down 1, 0.75, 0.5, 0.25; then 0.
        var s = Schedule.WarmupStableDecay(1.0, totalSteps: 10, cooldownSteps: 4, warmupSteps: 2, shape: CooldownShape.Linear);
        ScheduleAssert.Values(s, 0, 0.5, 1, 1, 1, 1, 1, 0.75, 0.5, 0.25, 0, 0);
        Assert.Equal(0, s.At(int.MaxValue));
        Assert.Equal(6, s.CooldownStart);
    }

    [Fact]
    public void One_minus_sqrt_cooldown_follows_its_formula()
    {
        var s = Schedule.WarmupStableDecay(0.2, totalSteps: 8, cooldownSteps: 4, shape: CooldownShape.OneMinusSqrt);
        ScheduleAssert.Values(s, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2 * (1 - Math.Sqrt(0.25)), 0.2 * (1 - Math.Sqrt(0.5)), 0.2 * (1 - Math.Sqrt(0.75)), 0);
        ScheduleAssert.Close(0.1, s.At(5), "u = 1/4 gives half the rate");
    }

    [Fact]
    public void Cosine_cooldown_with_a_minimum_and_a_warm_up_start_factor()
    {
        var s = Schedule.WarmupStableDecay(1.0, totalSteps: 12, cooldownSteps: 4, warmupSteps: 4, shape: CooldownShape.Cosine,
            minLr: 0.2, warmupStartFactor: 0.2);
        ScheduleAssert.Values(s, 0.2, 0.4, 0.6, 0.8, 1, 1, 1, 1,
            0.2 + 0.8 * (1 + Math.Cos(0)) / 2, 0.2 + 0.8 * (1 + Math.Cos(Math.PI / 4)) / 2, 0.6, 0.2 + 0.8 * (1 + Math.Cos(3 * Math.PI / 4)) / 2, 0.2, 0.2);
        Assert.Equal("wsd(lr=1, T=12, cooldown=4 cosine, warmup=4, min_lr=0.2)", s.Name);
    }

    [Fact]
    public void A_cooldown_of_the_whole_budget_is_a_plain_decay()
    {
        // c = T, no warm-up: the linear shape is Polynomial(lr, T) and the cosine shape is Cosine(lr, T) up to T.
        var linear = Schedule.WarmupStableDecay(0.3, 50, 50, shape: CooldownShape.Linear);
        var cosine = Schedule.WarmupStableDecay(0.3, 50, 50, shape: CooldownShape.Cosine);
        for (int t = 0; t <= 50; t++)
        {
            ScheduleAssert.Close(Schedule.Polynomial(0.3, 50).At(t), linear.At(t), $"linear t={t}", 1e-14);
            ScheduleAssert.Close(Schedule.Cosine(0.3, 50).At(t), cosine.At(t), $"cosine t={t}", 1e-14);
        }
    }

    [Fact]
    public void Branches_agree_exactly_on_the_shared_constant_prefix()
    {
        var trunk = Schedule.WarmupStableDecay(0.05, totalSteps: 1000, cooldownSteps: 200, warmupSteps: 30, warmupStartFactor: 0.1);
        var early = trunk.Branch(totalSteps: 400, cooldownSteps: 80);
        Assert.Equal(320, early.CooldownStart);
        for (int t = 0; t < early.CooldownStart; t++) Assert.Equal(trunk.At(t), early.At(t));
        Assert.True(early.At(early.CooldownStart + 1) < trunk.At(early.CooldownStart + 1));
        Assert.Equal(0, early.At(400));
        Assert.Equal(0.05, trunk.At(799));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(-1, 10, 2), "lr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(double.NaN, 10, 2), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 0, 1), "totalSteps", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 0), "cooldownSteps", "[1, 10]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 11), "cooldownSteps", "[1, 10]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 5, warmupSteps: 6), "cooldownSteps", "[1, 4]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 2, warmupSteps: -1), "warmupSteps", ">= 0");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 2, shape: (CooldownShape)7), "shape", "Linear");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 2, minLr: 2), "minLr", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 2, warmupStartFactor: 1.5), "warmupStartFactor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.WarmupStableDecay(1, 10, 2).Branch(5, 6), "cooldownSteps");
        ScheduleAssert.RejectsNegativeStep(Schedule.WarmupStableDecay(1, 10, 2));
    }
}

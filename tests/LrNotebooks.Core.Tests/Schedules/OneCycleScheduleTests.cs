using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class OneCycleScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("OneCycleLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_OneCycleLR_within_the_cycle(string id)
    {
        var c = ScheduleFixtures.Get(id);
        var s = (OneCycleSchedule)ScheduleFixtures.Build(c);
        Assert.Equal(s.TotalSteps, c.Values.Length);
        ScheduleAssert.MatchesFixture(s, c);
    }

    [Theory]
    [MemberData(nameof(Torch))]
    public void Holds_the_last_value_where_PyTorch_extrapolates_or_raises(string id)
    {
        var c = ScheduleFixtures.Get(id);
        var s = ScheduleFixtures.Build(c);
        int total = c.Values.Length;
        Assert.NotNull(c.ExtrapolatedAtTotalSteps);
        Assert.NotEqual(c.Values[total - 1], c.ExtrapolatedAtTotalSteps);
        Assert.Equal(s.At(total - 1), s.At(total));
        Assert.Equal(s.At(total - 1), s.At(int.MaxValue));
    }

    [Fact]
    public void PyTorch_extrapolation_with_linear_anneal_goes_negative()
    {
        // OneCycleLR(max_lr=1, total_steps=100, pct_start=0.25, div 10, final_div 100, linear): torch's value after
        // 100 steps is below zero; this schedule holds the final 1e-3.
        var c = ScheduleFixtures.Cases.Single(x => x.Kind == "OneCycleLR" && x.Args.TryGetProperty("anneal_strategy", out var a)
            && a.GetString() == "linear" && !x.Args.TryGetProperty("three_phase", out _));
        Assert.True(c.ExtrapolatedAtTotalSteps < 0);
        ScheduleAssert.Close(1e-3, ScheduleFixtures.Build(c).At(100), "t=T", 1e-12);
    }

    [Fact]
    public void Reaches_its_end_points_at_the_phase_ends()
    {
        var s = Schedule.OneCycle(1.0, 100);
        Assert.Equal((0.04, 4e-6), (s.InitialLearningRate, s.MinLearningRate));
        ScheduleAssert.Close(0.04, s.At(0), "t=0");
        ScheduleAssert.Close(1.0, s.At(29), "peak at pct_start*T - 1");
        ScheduleAssert.Close(4e-6, s.At(99), "t=T-1");
        var three = Schedule.OneCycle(1.0, 100, threePhase: true);
        ScheduleAssert.Close(1.0, three.At(29), "three-phase peak");
        ScheduleAssert.Close(0.04, three.At(58), "back at the initial rate at 2 pct_start T - 2");
        ScheduleAssert.Close(4e-6, three.At(99), "three-phase end");
        var linear = Schedule.OneCycle(1.0, 10, 0.5, 10, 10, OneCycleAnneal.Linear); // up phase ends at 0.5*10 - 1 = 4
        ScheduleAssert.Values(linear, 0.1, 0.325, 0.55, 0.775, 1.0);
    }

    [Fact]
    public void Zero_length_warmup_starts_at_the_initial_rate_where_PyTorch_divides_by_zero()
    {
        // pct_start * total_steps = 0.1 * 10 = 1: the up phase ends at step 0 (torch: ZeroDivisionError).
        var s = Schedule.OneCycle(0.1, 10, 0.1);
        ScheduleAssert.Close(0.004, s.At(0), "t=0");
        for (int t = 1; t < 10; t++)
            ScheduleAssert.Close(4e-7 + (0.1 - 4e-7) / 2 * (Math.Cos(Math.PI * t / 9.0) + 1), s.At(t), $"t={t}");
    }

    [Fact]
    public void Has_a_name_and_value_equality()
    {
        var s = Schedule.OneCycle(0.1, 1000, threePhase: true);
        Assert.Equal("one-cycle(max_lr=0.1, T=1000, pct_start=0.3, cos, three-phase)", s.Name);
        Assert.Equal(Schedule.OneCycle(0.1, 1000, threePhase: true), s);
        Assert.Equal(Schedule.OneCycle(0.1, 1000, threePhase: true).GetHashCode(), s.GetHashCode());
        Assert.NotEqual(Schedule.OneCycle(0.1, 1000), s);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0, 100), "maxLr", "(0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(double.NaN, 100), "maxLr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 0), "totalSteps", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, 0), "pctStart", "(0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, 1), "pctStart", "(0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, -0.3), "pctStart", "(0, 1)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, double.NaN), "pctStart");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, 0.6, threePhase: true), "pctStart", "(0, 0.5]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, divFactor: 0.5), "divFactor", "[1, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, divFactor: double.PositiveInfinity), "divFactor");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, finalDivFactor: 0.1), "finalDivFactor", "[1, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.OneCycle(0.1, 100, anneal: (OneCycleAnneal)7), "anneal", "Cos, Linear");
        ScheduleAssert.RejectsNegativeStep(Schedule.OneCycle(0.1, 100));
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class CyclicScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("CyclicLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_CyclicLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Triangular_is_a_triangle_wave()
    {
        ScheduleAssert.Values(Schedule.Cyclic(0, 1, 2), 0, 0.5, 1, 0.5, 0, 0.5, 1, 0.5, 0);
        ScheduleAssert.Values(Schedule.Cyclic(0, 1, 1, 3), 0, 1, 2.0 / 3, 1.0 / 3, 0, 1);
        ScheduleAssert.Values(Schedule.Cyclic(0.1, 0.1, 3), 0.1, 0.1, 0.1, 0.1);
    }

    [Fact]
    public void Triangular2_halves_the_amplitude_every_cycle()
    {
        ScheduleAssert.Values(Schedule.Cyclic(0, 1, 2, mode: CyclicMode.Triangular2),
            0, 0.5, 1, 0.5, 0, 0.25, 0.5, 0.25, 0, 0.125, 0.25);
        Assert.Equal(0.0, Schedule.Cyclic(0, 1, 1, mode: CyclicMode.Triangular2).At(int.MaxValue - 1));
    }

    [Fact]
    public void ExpRange_scales_the_amplitude_by_gamma_per_step()
    {
        var s = Schedule.Cyclic(0, 1, 2, mode: CyclicMode.ExpRange, gamma: 0.5);
        ScheduleAssert.Values(s, 0, 0.5 * 0.5, 1 * 0.25, 0.5 * 0.125, 0);
        Assert.Equal(0.001, Schedule.Cyclic(0.001, 0.1, 10, mode: CyclicMode.ExpRange, gamma: 0.99).At(int.MaxValue));
    }

    [Fact]
    public void Has_PyTorch_defaults_and_a_name()
    {
        var s = Schedule.Cyclic(0.001, 0.1);
        Assert.Equal((2000, 2000, CyclicMode.Triangular, 1.0), (s.StepSizeUp, s.StepSizeDown, s.Mode, s.Gamma));
        Assert.Equal("cyclic(0.001..0.1, up=2000, down=2000, triangular)", s.Name);
        Assert.Equal("cyclic(0.001..0.1, up=10, down=20, exp_range, gamma=0.99)",
            Schedule.Cyclic(0.001, 0.1, 10, 20, CyclicMode.ExpRange, 0.99).Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(-0.1, 0.1), "baseLr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(double.NaN, 0.1), "baseLr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.1, 0.01), "maxLr", "baseLr = 0.1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.1, double.NaN), "maxLr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.1, double.PositiveInfinity), "maxLr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.01, 0.1, 0), "stepSizeUp", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.01, 0.1, 10, 0), "stepSizeDown", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.01, 0.1, mode: (CyclicMode)3), "mode", "Triangular, Triangular2, ExpRange");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.01, 0.1, mode: CyclicMode.ExpRange, gamma: 0), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cyclic(0.01, 0.1, mode: CyclicMode.ExpRange, gamma: 1.5), "gamma", "(0, 1]");
        ScheduleAssert.RejectsNegativeStep(Schedule.Cyclic(0.01, 0.1));
    }
}

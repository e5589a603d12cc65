using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class CosineWarmRestartsScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("CosineAnnealingWarmRestarts");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_CosineAnnealingWarmRestarts(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Restarts_after_geometrically_growing_cycles()
    {
        var s = Schedule.CosineWarmRestarts(0.1, 10, 2, 0.001);
        foreach (int restart in new[] { 0, 10, 30, 70, 150, 310 })
        {
            ScheduleAssert.Close(0.1, s.At(restart), $"restart at {restart}");
            Assert.True(s.At(restart - 1 < 0 ? 0 : restart - 1) <= 0.1);
        }
        Assert.Equal((5L, 20L), s.Position(15));
        Assert.Equal((0L, 40L), s.Position(30));
        ScheduleAssert.Close(0.001 + (0.1 - 0.001) * (1 + Math.Cos(Math.PI * 19 / 20)) / 2, s.At(29), "end of the second cycle");
    }

    [Fact]
    public void With_TMult_one_is_a_periodic_cosine_that_jumps_back()
    {
        var s = Schedule.CosineWarmRestarts(1.0, 4);
        ScheduleAssert.Values(s, 1.0, (1 + Math.Sqrt(0.5)) / 2, 0.5, (1 - Math.Sqrt(0.5)) / 2, 1.0, (1 + Math.Sqrt(0.5)) / 2);
        Assert.Equal((3L, 4L), s.Position(int.MaxValue));
    }

    [Fact]
    public void Handles_huge_steps_and_huge_cycle_growth()
    {
        Assert.True(ScheduleAssert.Within(Schedule.CosineWarmRestarts(0.1, 1000, 2).At(int.MaxValue), 0, 0.1));
        var huge = Schedule.CosineWarmRestarts(0.1, 1, int.MaxValue);
        Assert.Equal((int.MaxValue - 1L, (long)int.MaxValue), huge.Position(int.MaxValue));
        Assert.True(ScheduleAssert.Within(huge.At(int.MaxValue), 0, 0.1));
    }

    [Fact]
    public void Has_a_name()
    {
        Assert.Equal("cosine-restarts(lr=0.1, T_0=10, T_mult=2)", Schedule.CosineWarmRestarts(0.1, 10, 2).Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(double.NaN, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(-1, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(0.1, 0), "t0", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(0.1, 10, 0), "tMult", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(0.1, 10, -2), "tMult", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(0.1, 10, 1, 0.5), "minLr", "[0, 0.1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.CosineWarmRestarts(0.1, 10, 1, -0.5), "minLr");
        var s = Schedule.CosineWarmRestarts(0.1, 10);
        ScheduleAssert.RejectsNegativeStep(s);
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => s.Position(-1), "step");
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class ExponentialScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("ExponentialLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_ExponentialLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Follows_the_closed_form()
    {
        ScheduleAssert.Values(Schedule.Exponential(1.0, 0.5), 1.0, 0.5, 0.25, 0.125, 0.0625);
        ScheduleAssert.Close(0.1 * Math.Pow(0.99, 1000), Schedule.Exponential(0.1, 0.99).At(1000), "t=1000");
    }

    [Fact]
    public void Matches_Keras_ExponentialDecay_with_per_step_gamma()
    {
        // Keras ExponentialDecay(0.1, decay_steps=100000, decay_rate=0.96): 0.1 * 0.96^(t / 100000).
        var s = Schedule.Exponential(0.1, Math.Pow(0.96, 1.0 / 100000));
        ScheduleAssert.Close(0.1 * 0.96, s.At(100000), "t=100000", 1e-10);
        ScheduleAssert.Close(0.1 * Math.Pow(0.96, 2.5), s.At(250000), "t=250000", 1e-10);
    }

    [Fact]
    public void Underflows_to_zero_for_huge_steps()
    {
        Assert.Equal(0.0, Schedule.Exponential(0.1, 0.9).At(1_000_000));
        Assert.Equal(0.0, Schedule.Exponential(0.1, 0.9).At(int.MaxValue));
        Assert.Equal(0.1, Schedule.Exponential(0.1, 1.0).At(int.MaxValue));
    }

    [Fact]
    public void Has_a_name()
    {
        Assert.Equal("exponential(lr=0.1, gamma=0.95)", Schedule.Exponential(0.1, 0.95).Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(double.NaN, 0.9), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(-0.1, 0.9), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(0.1, 0), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(0.1, -0.5), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(0.1, 1.01), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Exponential(0.1, double.PositiveInfinity), "gamma");
        ScheduleAssert.RejectsNegativeStep(Schedule.Exponential(0.1, 0.9));
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class StepScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("StepLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_StepLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Matches_the_PyTorch_docstring_example()
    {
        // StepLR docstring: lr = 0.05 for epoch < 30, 0.005 for 30 <= epoch < 60, 0.0005 for 60 <= epoch < 90.
        var s = Schedule.Step(0.05, 30, 0.1);
        ScheduleAssert.Close(0.05, s.At(0), "t=0");
        ScheduleAssert.Close(0.05, s.At(29), "t=29");
        ScheduleAssert.Close(0.005, s.At(30), "t=30");
        ScheduleAssert.Close(0.005, s.At(59), "t=59");
        ScheduleAssert.Close(0.0005, s.At(60), "t=60");
        ScheduleAssert.Close(0.0005, s.At(89), "t=89");
    }

    [Fact]
    public void Underflows_to_zero_without_nan_for_huge_steps()
    {
        var s = Schedule.Step(0.1, 1, 0.5);
        Assert.Equal(0.0, s.At(int.MaxValue));
        Assert.Equal(0.1, Schedule.Step(0.1, 10, 1.0).At(int.MaxValue));
    }

    [Fact]
    public void Exposes_parameters_and_a_name()
    {
        var s = Schedule.Step(0.1, 30);
        Assert.Equal((0.1, 30, 0.1), (s.LearningRate, s.StepSize, s.Gamma));
        Assert.Equal("step(lr=0.1, step_size=30, gamma=0.1)", s.Name);
        Assert.Equal(s, Schedule.Step(0.1, 30, 0.1));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(double.NaN, 1), "lr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(-0.1, 1), "lr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(double.PositiveInfinity, 1), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(0.1, 0), "stepSize", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(0.1, -5), "stepSize", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(0.1, 1, 0), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(0.1, 1, 1.5), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Step(0.1, 1, double.NaN), "gamma", "(0, 1]");
        ScheduleAssert.RejectsNegativeStep(Schedule.Step(0.1, 1));
    }
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class LinearScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("LinearLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_LinearLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Start_factor_zero_crashes_PyTorch_but_follows_its_closed_form_here()
    {
        var c = ScheduleFixtures.Cases.Single(x => x.Kind == "LinearLR" && x.Args.GetProperty("start_factor").GetDouble() == 0);
        Assert.Equal("closed_form", c.Mode);
        Assert.StartsWith("ZeroDivisionError", c.TorchError);
        Assert.Equal(0.0, Schedule.Linear(0.1, 0, 1, 20).At(0));
        ScheduleAssert.MatchesFixture(ScheduleFixtures.Build(c), c);
    }

    [Fact]
    public void Warms_up_from_zero()
    {
        ScheduleAssert.Values(Schedule.Linear(0.1, 0, 1, 4), 0.0, 0.025, 0.05, 0.075, 0.1, 0.1, 0.1);
    }

    [Fact]
    public void Matches_the_PyTorch_docstring_example()
    {
        // LinearLR(start_factor=0.5, total_iters=4) from lr 0.05: 0.025, 0.03125, 0.0375, 0.04375, then 0.05.
        ScheduleAssert.Values(Schedule.Linear(0.05, 0.5, 1, 4), 0.025, 0.03125, 0.0375, 0.04375, 0.05, 0.05);
        Assert.Equal(0.05, Schedule.Linear(0.05, 0.5, 1, 4).At(int.MaxValue));
    }

    [Fact]
    public void Equals_Optax_linear_schedule()
    {
        // optax.linear_schedule(init_value=1.0, end_value=0.01, transition_steps=100): 1.0 at 0, 0.01 at 100.
        var s = Schedule.Linear(1.0, 1.0, 0.01, 100);
        ScheduleAssert.Close(1.0, s.At(0), "t=0");
        ScheduleAssert.Close(1.0 + 0.5 * (0.01 - 1.0), s.At(50), "t=50");
        ScheduleAssert.Close(0.01, s.At(100), "t=100");
    }

    [Fact]
    public void Has_defaults_of_PyTorch_and_a_name()
    {
        var s = Schedule.Linear(0.1);
        Assert.Equal((1.0 / 3, 1.0, 5), (s.StartFactor, s.EndFactor, s.TotalSteps));
        Assert.Equal("linear(lr=0.1, 0.3333→1 over 5)", s.Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(double.NaN), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(-1), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, -0.1), "startFactor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, 1.5), "startFactor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, double.NaN), "startFactor");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, 0.5, 1.1), "endFactor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, 0.5, -1), "endFactor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Linear(0.1, 0.5, 1, 0), "totalSteps", ">= 1");
        ScheduleAssert.RejectsNegativeStep(Schedule.Linear(0.1));
    }
}

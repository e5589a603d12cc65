using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class ConstantWarmupScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("ConstantLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_ConstantLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Factor_zero_crashes_PyTorch_but_follows_its_closed_form_here()
    {
        var c = ScheduleFixtures.Cases.Single(x => x.Kind == "ConstantLR" && x.Args.GetProperty("factor").GetDouble() == 0);
        Assert.Equal("closed_form", c.Mode);
        Assert.StartsWith("ZeroDivisionError", c.TorchError);
        ScheduleAssert.MatchesFixture(ScheduleFixtures.Build(c), c);
    }

    [Fact]
    public void Matches_the_PyTorch_docstring_example()
    {
        // ConstantLR(factor=0.5, total_iters=4) from lr 0.05: 0.025 for epochs 0..3, then 0.05.
        ScheduleAssert.Values(Schedule.ConstantWarmup(0.05, 0.5, 4), 0.025, 0.025, 0.025, 0.025, 0.05, 0.05);
        Assert.Equal(0.05, Schedule.ConstantWarmup(0.05, 0.5, 4).At(int.MaxValue));
    }

    [Fact]
    public void Has_defaults_of_PyTorch_and_a_name()
    {
        var s = Schedule.ConstantWarmup(0.1);
        Assert.Equal((1.0 / 3, 5), (s.Factor, s.TotalSteps));
        Assert.Equal("constant-warmup(lr=0.1, factor=0.3333 for 5)", s.Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.ConstantWarmup(double.NaN), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.ConstantWarmup(-0.1), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.ConstantWarmup(0.1, -0.5), "factor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.ConstantWarmup(0.1, 2), "factor", "[0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.ConstantWarmup(0.1, 0.5, 0), "totalSteps", ">= 1");
        ScheduleAssert.RejectsNegativeStep(Schedule.ConstantWarmup(0.1));
    }
}

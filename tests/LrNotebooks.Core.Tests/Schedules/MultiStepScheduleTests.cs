using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class MultiStepScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("MultiStepLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_MultiStepLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Drops_exactly_at_each_milestone()
    {
        // MultiStepLR docstring: lr = 0.05 for epoch < 30, 0.005 for 30 <= epoch < 80, 0.0005 for epoch >= 80.
        var s = Schedule.MultiStep(0.05, [30, 80], 0.1);
        ScheduleAssert.Close(0.05, s.At(29), "t=29");
        ScheduleAssert.Close(0.005, s.At(30), "t=30");
        ScheduleAssert.Close(0.005, s.At(79), "t=79");
        ScheduleAssert.Close(0.0005, s.At(80), "t=80");
        ScheduleAssert.Close(0.0005, s.At(int.MaxValue), "t=max");
    }

    [Fact]
    public void Matches_Optax_piecewise_constant_docstring()
    {
        // optax.piecewise_constant_schedule(1.0, {100: 0.1, 200: 0.01}): 1.0 at 50, 0.1 at 150, 0.001 at 250;
        // with equal scales it is a multi-step decay.
        var s = Schedule.MultiStep(1.0, [100, 200], 0.1);
        ScheduleAssert.Close(1.0, s.At(50), "t=50");
        ScheduleAssert.Close(0.1, s.At(150), "t=150");
        ScheduleAssert.Close(0.01, s.At(250), "t=250 (scale 0.1 twice)");
    }

    [Fact]
    public void Empty_milestones_give_a_constant()
    {
        var s = Schedule.MultiStep(0.3, []);
        Assert.Equal(0.3, s.At(0));
        Assert.Equal(0.3, s.At(1_000_000));
    }

    [Fact]
    public void Copies_the_milestones_and_compares_by_value()
    {
        int[] milestones = [10, 20];
        var s = Schedule.MultiStep(0.1, milestones);
        milestones[0] = 15;
        Assert.Equal([10, 20], s.Milestones);
        Assert.Equal(Schedule.MultiStep(0.1, [10, 20]), s);
        Assert.Equal(Schedule.MultiStep(0.1, [10, 20]).GetHashCode(), s.GetHashCode());
        Assert.NotEqual(Schedule.MultiStep(0.1, [10, 21]), s);
        Assert.Equal("multistep(lr=0.1, milestones=[10, 20], gamma=0.1)", s.Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.MultiStep(double.NaN, [1]), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.MultiStep(-1, [1]), "lr");
        ScheduleAssert.Rejects<ArgumentNullException>(() => Schedule.MultiStep(0.1, null!), "milestones");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.MultiStep(0.1, [30, 10]), "milestones", "strictly increasing");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.MultiStep(0.1, [10, 10]), "milestones", "strictly increasing");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.MultiStep(0.1, [-1, 10]), "milestones", ">= 0");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.MultiStep(0.1, [1], 0), "gamma", "(0, 1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.MultiStep(0.1, [1], 2), "gamma", "(0, 1]");
        ScheduleAssert.RejectsNegativeStep(Schedule.MultiStep(0.1, [1]));
    }
}

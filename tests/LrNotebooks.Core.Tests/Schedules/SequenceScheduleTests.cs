using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class SequenceScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("SequentialLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_SequentialLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Follows_PyTorch_code_not_its_docstring_at_the_milestone()
    {
        // SequentialLR docstring (1.13): ConstantLR(factor=0.1, total_iters=2) then ExponentialLR(gamma=0.9),
        // milestones=[2], claims 0.1, 0.1, 0.9, 0.81, 0.729. The code (recorded in the fixture) gives 1.0 at
        // epoch 2: the next scheduler starts at its own step 0.
        var c = ScheduleFixtures.Cases.Single(x => x.Kind == "SequentialLR" && x.Lr == 1.0);
        Assert.Equal([0.1, 0.1, 1.0, 0.9], c.Values.Take(4).Select(v => Math.Round(v, 12)));
        var s = Schedule.Sequence([Schedule.ConstantWarmup(1.0, 0.1, 2), Schedule.Exponential(1.0, 0.9)], [2]);
        ScheduleAssert.Values(s, 0.1, 0.1, 1.0, 0.9, 0.81, 0.729);
    }

    [Fact]
    public void Linear_warmup_then_cosine()
    {
        var warmup = Schedule.Linear(0.1, 0, 1, 5);
        var cosine = Schedule.Cosine(0.1, 95);
        var s = Schedule.Sequence([warmup, cosine], [5]);
        ScheduleAssert.Values(s, 0, 0.02, 0.04, 0.06, 0.08, 0.1);
        for (int t = 5; t <= 100; t++) Assert.Equal(cosine.At(t - 5), s.At(t));
        Assert.Equal(0.0, s.At(100));
    }

    [Fact]
    public void Nests_and_restarts_each_member_at_its_milestone()
    {
        var inner = Schedule.Sequence([Schedule.Constant(1), Schedule.Exponential(1, 0.5)], [2]);
        var s = Schedule.Sequence([Schedule.Constant(0.1), inner, Schedule.Constant(0.01)], [3, 7]);
        ScheduleAssert.Values(s, 0.1, 0.1, 0.1, 1, 1, 1, 0.5, 0.01, 0.01);
        Assert.Equal(0.01, s.At(int.MaxValue));
        Assert.Equal(0.25, s.At(7 - 1 + 0) * 0.5);
    }

    [Fact]
    public void A_single_schedule_without_milestones_is_that_schedule()
    {
        var cosine = Schedule.Cosine(0.1, 10);
        var s = Schedule.Sequence([cosine], []);
        for (int t = 0; t < 30; t++) Assert.Equal(cosine.At(t), s.At(t));
    }

    [Fact]
    public void Copies_its_inputs_and_compares_by_value()
    {
        Schedule[] members = [Schedule.Constant(0.1), Schedule.Constant(0.2)];
        int[] milestones = [5];
        var s = Schedule.Sequence(members, milestones);
        members[0] = Schedule.Constant(9);
        milestones[0] = 1;
        Assert.Equal(0.1, s.At(4));
        Assert.Equal(0.2, s.At(5));
        Assert.Equal(Schedule.Sequence([Schedule.Constant(0.1), Schedule.Constant(0.2)], [5]), s);
        Assert.Equal(Schedule.Sequence([Schedule.Constant(0.1), Schedule.Constant(0.2)], [5]).GetHashCode(), s.GetHashCode());
        Assert.NotEqual(Schedule.Sequence([Schedule.Constant(0.1), Schedule.Constant(0.2)], [6]), s);
        Assert.Equal("constant(lr=0.1) | constant(lr=0.2) at [5]", s.Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        Schedule a = Schedule.Constant(0.1), b = Schedule.Constant(0.2);
        ScheduleAssert.Rejects<ArgumentNullException>(() => Schedule.Sequence(null!, []), "schedules");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.Sequence([], []), "schedules", "must not be empty");
        ScheduleAssert.Rejects<ArgumentNullException>(() => Schedule.Sequence([a, null!], [3]), "schedules", "schedules[1]");
        ScheduleAssert.Rejects<ArgumentNullException>(() => Schedule.Sequence([a, b], null!), "milestones");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.Sequence([a, b], []), "milestones", "one entry fewer");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.Sequence([a, b], [1, 2]), "milestones", "one entry fewer");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Sequence([a, b], [0]), "milestones", ">= 1");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.Sequence([a, b, a], [5, 5]), "milestones", "strictly increasing");
        ScheduleAssert.Rejects<ArgumentException>(() => Schedule.Sequence([a, b, a], [5, 3]), "milestones", "strictly increasing");
        ScheduleAssert.RejectsNegativeStep(Schedule.Sequence([a, b], [3]));
    }
}

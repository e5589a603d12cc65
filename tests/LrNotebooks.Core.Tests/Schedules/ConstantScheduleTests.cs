using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class ConstantScheduleTests
{
    [Fact]
    public void Is_constant_and_converts_from_a_number()
    {
        var s = Schedule.Constant(0.1);
        Assert.Equal(0.1, s.At(0));
        Assert.Equal(0.1, s.At(int.MaxValue));
        Schedule implicitSchedule = 0.1;
        Assert.Equal(s, implicitSchedule);
        Assert.Equal("constant(lr=0.1)", s.Name);
        Assert.Equal([0.1, 0.1, 0.1], s.Preview(3));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Constant(double.NaN), "lr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Constant(-0.1), "lr", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => new ConstantSchedule(double.PositiveInfinity), "learningRate");
        ScheduleAssert.RejectsNegativeStep(Schedule.Constant(0.1));
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Constant(0.1).Preview(-1), "steps");
    }
}

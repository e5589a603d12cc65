using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>Keras InverseTimeDecay has no PyTorch counterpart: expected values are computed by hand from the Keras formula.</summary>
public sealed class InverseTimeScheduleTests
{
    [Fact]
    public void Matches_the_Keras_formula()
    {
        // Keras docstring setting: InverseTimeDecay(initial_learning_rate=0.1, decay_steps=1.0, decay_rate=0.5):
        // 0.1 / (1 + 0.5 t) = 0.1, 1/15, 0.05, 0.04, 1/30, ...
        ScheduleAssert.Values(Schedule.InverseTime(0.1, 0.5), 0.1, 1.0 / 15, 0.05, 0.04, 1.0 / 30);
        ScheduleAssert.Close(0.1 / 6, Schedule.InverseTime(0.1, 0.5).At(10), "t=10");
        // decay_steps=100, decay_rate=2: 0.1 / (1 + 2 t / 100).
        var s = Schedule.InverseTime(0.1, 2, 100);
        ScheduleAssert.Close(0.1 / 1.02, s.At(1), "t=1");
        ScheduleAssert.Close(0.1 / 3, s.At(100), "t=100");
        ScheduleAssert.Close(0.1 / 4, s.At(150), "t=150");
    }

    [Fact]
    public void Staircase_decays_in_whole_units()
    {
        // staircase: 0.1 / (1 + 1 * floor(t / 10)).
        var s = Schedule.InverseTime(0.1, 1, 10, staircase: true);
        ScheduleAssert.Close(0.1, s.At(0), "t=0");
        ScheduleAssert.Close(0.1, s.At(9), "t=9");
        ScheduleAssert.Close(0.05, s.At(10), "t=10");
        ScheduleAssert.Close(0.05, s.At(19), "t=19");
        ScheduleAssert.Close(0.1 / 3, s.At(20), "t=20");
        Assert.Equal("inverse-time(lr=0.1, rate=1, steps=10, staircase)", s.Name);
    }

    [Fact]
    public void Decays_like_one_over_t_and_stays_positive()
    {
        var s = Schedule.InverseTime(0.1, 0.5);
        double last = s.At(int.MaxValue);
        Assert.True(last > 0 && double.IsFinite(last));
        ScheduleAssert.Close(0.1 / (1 + 0.5 * int.MaxValue), last, "t=max");
        Assert.Equal(0.1, Schedule.InverseTime(0.1, 0).At(int.MaxValue));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseTime(double.NaN, 0.5), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseTime(-0.1, 0.5), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseTime(0.1, -0.5), "decayRate", "[0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseTime(0.1, double.NaN), "decayRate");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseTime(0.1, 0.5, 0), "decaySteps", ">= 1");
        ScheduleAssert.RejectsNegativeStep(Schedule.InverseTime(0.1, 0.5));
    }
}

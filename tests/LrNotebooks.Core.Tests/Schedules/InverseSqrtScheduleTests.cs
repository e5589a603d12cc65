using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>No framework ships this schedule as a scheduler: expected values come from the Vaswani et al. and fairseq formulas.</summary>
public sealed class InverseSqrtScheduleTests
{
    [Fact]
    public void Ramps_linearly_then_decays_as_one_over_sqrt_t()
    {
        var s = Schedule.InverseSqrt(1.0, 4);
        ScheduleAssert.Values(s, 0.0, 0.25, 0.5, 0.75, 1.0);
        ScheduleAssert.Close(0.5, s.At(16), "t=16");
        ScheduleAssert.Close(0.25, s.At(64), "t=64");
        ScheduleAssert.Close(Math.Sqrt(4.0 / int.MaxValue), s.At(int.MaxValue), "t=max");
    }

    [Fact]
    public void Equals_the_Transformer_schedule_rescaled_to_its_peak()
    {
        // Vaswani et al. 2017: lrate = d^-0.5 * min(s^-0.5, s * w^-1.5), d = 512, w = 4000; its peak (at s = w)
        // is (d w)^-0.5 ≈ 6.99e-4.
        const int d = 512, w = 4000;
        double peak = 1 / Math.Sqrt((double)d * w);
        var s = Schedule.InverseSqrt(peak, w);
        foreach (int t in new[] { 1, 10, 100, 1000, 3999, 4000, 4001, 10000, 100000, 1000000 })
        {
            double noam = Math.Pow(d, -0.5) * Math.Min(Math.Pow(t, -0.5), t * Math.Pow(w, -1.5));
            ScheduleAssert.Close(noam, s.At(t), $"t={t}");
        }
        Assert.Equal(6.99e-4, Math.Round(s.At(w), 6));
    }

    [Fact]
    public void Equals_fairseq_inverse_sqrt_with_zero_initial_rate()
    {
        // fairseq: warm-up lr = t * (lr / w); afterwards lr * sqrt(w) * t^-0.5.
        const double lr = 5e-4;
        const int w = 4000;
        var s = Schedule.InverseSqrt(lr, w);
        ScheduleAssert.Close(1234 * (lr / w), s.At(1234), "warm-up");
        ScheduleAssert.Close(lr * Math.Sqrt(w) * Math.Pow(50000, -0.5), s.At(50000), "decay");
        Assert.Equal("inverse-sqrt(lr=0.0005, warmup=4000)", s.Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseSqrt(double.NaN, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseSqrt(-1e-3, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.InverseSqrt(1e-3, 0), "warmupSteps", ">= 1");
        ScheduleAssert.RejectsNegativeStep(Schedule.InverseSqrt(1e-3, 10));
    }
}

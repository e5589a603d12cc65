using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class CosineScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("CosineAnnealingLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_CosineAnnealingLR_including_after_TMax(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void PyTorch_recursion_rises_back_after_TMax()
    {
        // CosineAnnealingLR(T_max=50, eta_min=0.1) from lr 1.0, recorded for 300 steps: the minimum at 50 and
        // 150, back at the initial rate at 100 and 200: a periodic continuation, not a hold and not a restart.
        var c = ScheduleFixtures.Cases.Single(x => x.Kind == "CosineAnnealingLR" && x.Args.GetProperty("T_max").GetInt32() == 50);
        ScheduleAssert.Close(0.1, c.Values[50], "torch t=50");
        ScheduleAssert.Close(1.0, c.Values[100], "torch t=100", 1e-12);
        ScheduleAssert.Close(0.1, c.Values[150], "torch t=150", 1e-12);
        Assert.True(c.Values[51] > c.Values[50] && c.Values[75] > c.Values[51]);
    }

    [Fact]
    public void Follows_the_closed_form_and_its_periodic_continuation()
    {
        var s = Schedule.Cosine(1.0, 4);
        ScheduleAssert.Values(s, 1.0, (1 + Math.Sqrt(0.5)) / 2, 0.5, (1 - Math.Sqrt(0.5)) / 2, 0.0);
        for (int k = 1; k <= 4; k++) ScheduleAssert.Close(s.At(4 - k), s.At(4 + k), $"mirror k={k}", 1e-14);
        ScheduleAssert.Close(1.0, s.At(8), "t=2 T_max");
        var withMin = Schedule.Cosine(0.2, 10, 0.05);
        ScheduleAssert.Close(0.05, withMin.At(10), "t=T_max");
        ScheduleAssert.Close(0.125, withMin.At(5), "t=T_max/2");
        ScheduleAssert.Close(0.05, withMin.At(30), "t=3 T_max");
    }

    [Fact]
    public void Equals_Keras_and_Optax_cosine_decay_up_to_TMax()
    {
        // Keras CosineDecay / optax.cosine_decay_schedule: lr * ((1 - alpha) * 0.5 * (1 + cos(pi t / T)) + alpha).
        const double lr = 0.1, alpha = 0.05;
        var s = Schedule.Cosine(lr, 1000, alpha * lr);
        for (int t = 0; t <= 1000; t += 50)
            ScheduleAssert.Close(lr * ((1 - alpha) * 0.5 * (1 + Math.Cos(Math.PI * t / 1000)) + alpha), s.At(t), $"t={t}");
    }

    [Fact]
    public void Stays_finite_for_huge_steps()
    {
        var s = Schedule.Cosine(0.1, 7, 0.01);
        Assert.True(ScheduleAssert.Within(s.At(int.MaxValue), 0.01, 0.1));
    }

    [Fact]
    public void Has_a_name()
    {
        Assert.Equal("cosine(lr=0.1, T_max=100)", Schedule.Cosine(0.1, 100).Name);
        Assert.Equal("cosine(lr=0.1, T_max=100, min_lr=0.001)", Schedule.Cosine(0.1, 100, 0.001).Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(double.NaN, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(-0.1, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(0.1, 0), "tMax", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(0.1, 10, -0.01), "minLr", "[0, 0.1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(0.1, 10, 0.2), "minLr", "[0, 0.1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Cosine(0.1, 10, double.NaN), "minLr");
        ScheduleAssert.RejectsNegativeStep(Schedule.Cosine(0.1, 10));
    }
}

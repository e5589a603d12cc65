using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

public sealed class PolynomialScheduleTests
{
    public static TheoryData<string> Torch => ScheduleFixtures.Ids("PolynomialLR");

    [Theory]
    [MemberData(nameof(Torch))]
    public void Matches_PyTorch_PolynomialLR(string id) => ScheduleAssert.MatchesFixture(id);

    [Fact]
    public void Matches_the_PyTorch_docstring_example()
    {
        // PolynomialLR(total_iters=4, power=1.0) from lr 0.001: 0.001, 0.00075, 0.0005, 0.00025, then 0.
        ScheduleAssert.Values(Schedule.Polynomial(0.001, 4), 0.001, 0.00075, 0.0005, 0.00025, 0.0, 0.0);
        Assert.Equal(0.0, Schedule.Polynomial(0.001, 4).At(int.MaxValue));
    }

    [Fact]
    public void Matches_the_Optax_polynomial_schedule_docstring()
    {
        // optax.polynomial_schedule(init_value=1.0, end_value=0.01, transition_steps=100, power=2) with
        // transition_begin=5 prints 1.0000 at count 5, 0.9803 at 6, 0.0101 at 104, 0.0100 at 105 and 110;
        // without the 5-step delay those are steps 0, 1, 99, 100 and 105. Exact: 0.99 * (1 - t/100)^2 + 0.01.
        var s = Schedule.Polynomial(1.0, 100, 2, 0.01);
        ScheduleAssert.Values(s, 1.0, 0.980299);
        Assert.Equal(0.9803, Math.Round(s.At(1), 4));
        ScheduleAssert.Close(0.010099, s.At(99), "t=99");
        Assert.Equal(0.0101, Math.Round(s.At(99), 4));
        ScheduleAssert.Close(0.01, s.At(100), "t=100");
        ScheduleAssert.Close(0.01, s.At(105), "t=105");
    }

    [Fact]
    public void Equals_Keras_PolynomialDecay()
    {
        // Keras PolynomialDecay(0.1, decay_steps=10000, end_learning_rate=0.01, power=0.5):
        // (0.1 - 0.01) * (1 - t / 10000)^0.5 + 0.01 for t <= 10000, then 0.01.
        var s = Schedule.Polynomial(0.1, 10000, 0.5, 0.01);
        ScheduleAssert.Close(0.09 * Math.Sqrt(0.75) + 0.01, s.At(2500), "t=2500");
        ScheduleAssert.Close(0.09 * Math.Sqrt(0.5) + 0.01, s.At(5000), "t=5000");
        ScheduleAssert.Close(0.01, s.At(20000), "t=20000");
    }

    [Fact]
    public void Has_a_name()
    {
        Assert.Equal("polynomial(lr=0.1, T=100, power=2)", Schedule.Polynomial(0.1, 100, 2).Name);
        Assert.Equal("polynomial(lr=0.1, T=100, power=1, end_lr=0.001)", Schedule.Polynomial(0.1, 100, 1, 0.001).Name);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(double.NaN, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(-1, 10), "lr");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 0), "totalSteps", ">= 1");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 10, 0), "power", "(0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 10, -1), "power", "(0, +inf)");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 10, double.NaN), "power");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 10, 1, 0.2), "endLr", "[0, 0.1]");
        ScheduleAssert.Rejects<ArgumentOutOfRangeException>(() => Schedule.Polynomial(0.1, 10, 1, -0.2), "endLr", "[0, 0.1]");
        ScheduleAssert.RejectsNegativeStep(Schedule.Polynomial(0.1, 10));
    }
}

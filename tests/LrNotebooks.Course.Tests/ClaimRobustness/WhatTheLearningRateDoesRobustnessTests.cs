using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class WhatTheLearningRateDoesRobustnessTests
{
    [Theory]
    [ClaimRobustness("01", "C1")]
    [InlineData(1e-6, 5)]
    [InlineData(1e-3, 5)]
    [InlineData(1e-9, 5)]
    [InlineData(1e-6, 9)]
    [InlineData(1e-6, 3)]
    public void Steps_fall_with_the_rate_for_other_tolerances_and_grids(double tolerance, int count)
    {
        var verdict = WhatTheLearningRateDoesClaims.StepsFallWithRate(Sweep.LogSpace(0.02, 0.5, count), tolerance);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("01", "2/L")]
    [InlineData(0.1, 2.0, 0.0)]
    [InlineData(0.5, 3.0, 0.6)]
    [InlineData(2.0, 0.25, 1.1)]
    public void The_limit_from_the_Hessian_equals_the_closed_form(double a, double b, double angle)
    {
        var verdict = WhatTheLearningRateDoesClaims.LimitFromHessian(Surface.Quadratic(a, b, angle));
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("01", "loop")]
    [InlineData(0.1, 60, -2.5, 1.5)]
    [InlineData(0.45, 40, 1.0, -1.0)]
    [InlineData(0.55, 30, -2.5, 1.5)]
    public void A_hand_written_loop_equals_the_library_on_the_bowl(double learningRate, int steps, double x0, double y0)
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var verdict = WhatTheLearningRateDoesClaims.HandWrittenLoopMatchesLibrary(HandLoop(bowl, learningRate, steps, [x0, y0]), bowl, learningRate);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    [ClaimRobustness("01", "loop")]
    public void A_hand_written_loop_equals_the_library_off_the_quadratic()
    {
        var rosenbrock = Surface.Rosenbrock();
        var verdict = WhatTheLearningRateDoesClaims.HandWrittenLoopMatchesLibrary(HandLoop(rosenbrock, 0.001, 200, [-1.2, 1.0]), rosenbrock, 0.001);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    public void A_loop_with_a_different_rate_does_not_match()
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var verdict = WhatTheLearningRateDoesClaims.HandWrittenLoopMatchesLibrary(HandLoop(bowl, 0.1, 20, [-2.5, 1.5]), bowl, 0.1000001);
        Assert.False(verdict.Holds, verdict.Evidence);
    }

    // The loop a student would write: x ← x − η ∇f(x), element by element.
    private static List<double[]> HandLoop(Surface surface, double learningRate, int steps, double[] start)
    {
        var points = new List<double[]> { start };
        double[] x = start;
        for (int t = 0; t < steps; t++)
        {
            double[] g = surface.Gradient(x);
            x = [.. x.Select((xi, i) => xi - learningRate * g[i])];
            points.Add(x);
        }
        return points;
    }
}

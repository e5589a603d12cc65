using LrNotebooks.Core.Optimizers;
using FsCheck;
using FsCheck.Fluent;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

/// <summary>
/// The edge of stability of plain gradient descent on quadratics: with learning rate η = r · 2/L, the error along the
/// top eigenvector is multiplied by 1 − ηL = 1 − 2r per step, so runs converge for r &lt; 1 and diverge for r &gt; 1.
/// Ratios are drawn away from 1 (r ∈ [0.05, 0.95] or [1.05, 1.9]) and step budgets follow from the analytic rate.
/// </summary>
public sealed class StabilityLimitTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static Gen<double> Uniform(double lo, double hi) =>
        Gen.Choose(0, 1_000_000).Select(i => lo + (hi - lo) * i / 1e6);

    [Fact]
    public void ParabolaConvergesBelowTwoOverLAtTheAnalyticStep()
    {
        var cases = Gen.Zip(Uniform(0.1, 10), Uniform(0.05, 0.95));
        Check.One(Runs, Prop.ForAll(Arb.From(cases), ((double L, double r) c) =>
        {
            var parabola = Surface.Parabola(c.L);
            Assert.Equal(2 / c.L, parabola.StabilityLimit, 14);
            double lr = c.r * parabola.StabilityLimit;
            // Gap_t = (L/2)(1 − 2r)^(2t) from x0 = 1; converged when it drops to 1e-10 of the start's gap.
            double q = Math.Abs(1 - 2 * c.r);
            int expected = q == 0 ? 1 : (int)Math.Ceiling(Math.Log(1e-10) / (2 * Math.Log(q)));
            var run = Descent.Run(parabola, Optimizer.Sgd(lr), [1.0],
                new RunOptions { Steps = expected + 5, Tolerance = 1e-10 * c.L / 2 });
            Assert.True(run.Status.Converged, $"L={c.L}, lr={lr}: {run.Status}");
            Assert.InRange(run.Status.Step, Math.Max(1, expected - 1), expected + 1);
            Assert.Equal(expected + 5, run.StepsTaken);
        }));
    }

    [Fact]
    public void ParabolaDivergesAboveTwoOverLAtTheAnalyticStep()
    {
        var cases = Gen.Zip(Uniform(0.1, 10), Uniform(1.05, 1.9));
        Check.One(Runs, Prop.ForAll(Arb.From(cases), ((double L, double r) c) =>
        {
            var parabola = Surface.Parabola(c.L);
            double lr = c.r * parabola.StabilityLimit;
            // Gap_t = f0 q^(2t) with q = 2r − 1 > 1 exceeds 1e6 · max(1, f0) first at t = ⌊ln(1e6 max(1, f0)/f0) / (2 ln q)⌋ + 1.
            double f0 = c.L / 2, q = 2 * c.r - 1;
            int expected = (int)Math.Floor(Math.Log(1e6 * Math.Max(1, f0) / f0) / (2 * Math.Log(q))) + 1;
            var run = Descent.Run(parabola, Optimizer.Sgd(lr), [1.0], expected + 5);
            Assert.True(run.Status.Diverged, $"L={c.L}, lr={lr}: {run.Status}");
            Assert.InRange(run.Status.Step, expected - 1, expected + 1);
            Assert.Equal(run.Status.Step - 1, run.StepsTaken);
            DescentTests.AssertAllFinite(run);
        }));
    }

    [Fact]
    public void RotatedQuadraticConvergesBelowAndDivergesAboveItsStabilityLimit()
    {
        var cases =
            from a in Uniform(0.5, 5)
            from b in Uniform(0.5, 5)
            from angle in Uniform(0, Math.PI)
            from stable in Gen.Elements(true, false)
            from r in stable ? Uniform(0.05, 0.95) : Uniform(1.05, 1.9)
            select (a, b, angle, r);
        Check.One(Runs, Prop.ForAll(Arb.From(cases), ((double a, double b, double angle, double r) c) =>
        {
            var bowl = Surface.Quadratic(c.a, c.b, c.angle);
            Assert.Equal(1 / Math.Max(c.a, c.b), bowl.StabilityLimit, 12);
            double lr = c.r * bowl.StabilityLimit;
            double[] start = [1.0, -0.7];
            double f0 = bowl.Value(start);
            // Per-step factors along the two axes: |1 − 2aη| and |1 − 2bη|.
            double qa = Math.Abs(1 - 2 * c.a * lr), qb = Math.Abs(1 - 2 * c.b * lr);
            var label = $"a={c.a}, b={c.b}, angle={c.angle}, lr={lr} (r={c.r})";
            if (c.r < 1)
            {
                // Gap_t <= f0 max(qa, qb)^(2t): converged (1e-10 · f0) no later than this bound.
                int bound = (int)Math.Ceiling(Math.Log(1e-10) / (2 * Math.Log(Math.Max(qa, qb)))) + 1;
                var run = Descent.Run(bowl, Optimizer.Sgd(lr), start,
                    new RunOptions { Steps = bound, Tolerance = 1e-10 * f0, StopAtConvergence = true });
                Assert.True(run.Status.Converged, $"{label}: {run.Status}");
                Assert.InRange(run.Status.Step, 1, bound);
            }
            else
            {
                // The component along the steep axis alone gives gap_t >= e q^(2t) with e its share of f0.
                bool aSteeper = c.a >= c.b;
                double q = aSteeper ? qa : qb, coefficient = aSteeper ? c.a : c.b;
                double cos = Math.Cos(c.angle), sin = Math.Sin(c.angle);
                double along = aSteeper ? start[0] * cos + start[1] * sin : -start[0] * sin + start[1] * cos;
                double e = coefficient * along * along;
                if (e < 1e-6) return; // start (nearly) orthogonal to the steep axis: nothing to blow up
                int bound = (int)Math.Ceiling(Math.Log(1e6 * Math.Max(1, f0) / e) / (2 * Math.Log(q))) + 1;
                var run = Descent.Run(bowl, Optimizer.Sgd(lr), start, bound);
                Assert.True(run.Status.Diverged, $"{label}: {run.Status}");
                Assert.InRange(run.Status.Step, 1, bound);
                DescentTests.AssertAllFinite(run);
            }
        }));
    }

    [Fact]
    public void SignOfTheIterateFlipsEveryStepBetweenOneOverLAndTwoOverLAndNeverBelow()
    {
        var parabola = Surface.Parabola(4);
        var smooth = Descent.Run(parabola, Optimizer.Sgd(0.2), [1.0], 30); // η < 1/L = 0.25
        var zigzag = Descent.Run(parabola, Optimizer.Sgd(0.4), [1.0], 30); // 1/L < η < 2/L
        Assert.Equal(0, smooth.SignChanges(0));
        Assert.True(smooth.LossIsNonIncreasing());
        Assert.Equal(30, zigzag.SignChanges(0));
        Assert.True(zigzag.LossIsNonIncreasing());
        Assert.True(zigzag.Status.Outcome == RunOutcome.StillRunning);
    }
}

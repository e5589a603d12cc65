using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>The claims of notebook 02 (too high), computed from the notebook's runs or from settings.</summary>
public static class TooHighClaims
{
    /// <summary>Increases of the loss the jumpy run must show for the C2 jump claim.</summary>
    public const int MinimumRises = 50;

    /// <summary>
    /// C2, the zig-zag: on a bowl whose steep axis is y, with 1/λ_max &lt; η &lt; 2/λ_max, y − y* changes sign at every
    /// step while x − x* never does.
    /// </summary>
    public static ClaimVerdict OvershootsInSteepDirection(Trajectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        bool yFlips = Oscillation.AlternatesEveryStep(run, coordinate: 1, center: 0);
        int yChanges = run.SignChanges(center: 0, coordinate: 1), xChanges = run.SignChanges(center: 0, coordinate: 0);
        string signs = string.Concat(Oscillation.Signs(run, coordinate: 1, center: 0, steps: Math.Min(12, run.StepsTaken)).Select(s => s > 0 ? "+" : "−"));
        return new(yFlips && xChanges == 0,
            $"η = {Numbers.Format(run.LearningRates[0])}, {run.StepsTaken} steps: y changed sign {yChanges} times "
            + $"(signs {signs}…), x {xChanges} times");
    }

    /// <summary>C2, the zig-zag, on the notebook's bowl 0.1x² + 2y² from (−2.5, 1.5) by default.</summary>
    public static ClaimVerdict OvershootsInSteepDirection(double learningRate = 0.45, int steps = 30)
    {
        var run = Descent.Run(Surface.Quadratic(0.1, 2), Optimizer.Sgd(learningRate), [-2.5, 1.5], steps);
        return OvershootsInSteepDirection(run);
    }

    /// <summary>
    /// C2 on a non-quadratic loss: the rate below the local limit 2/λ_max at the minimum never raises the loss; the
    /// rate above it raises the loss at least <see cref="MinimumRises"/> times (once it has reached the sharp floor near
    /// the minimum: 2000 steps or more from the notebook's start on Rosenbrock).
    /// </summary>
    /// <param name="surface">The loss; its first minimum is where the local limit is taken.</param>
    /// <param name="calm">The run with the smaller rate.</param>
    /// <param name="jumpy">The run with the larger rate.</param>
    public static ClaimVerdict LossJumpsAboveLocalLimit(Surface surface, Trajectory calm, Trajectory jumpy)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(calm);
        ArgumentNullException.ThrowIfNull(jumpy);
        double localLimit = Curvature.StabilityLimit(surface, surface.Minima[0].Location);
        double calmRate = calm.LearningRates[0], jumpyRate = jumpy.LearningRates[0];
        int rises = Oscillation.LossIncreases(jumpy);
        bool holds = calmRate < localLimit && jumpyRate > localLimit && calm.LossIsNonIncreasing() && rises >= MinimumRises;
        return new(holds,
            $"{surface.Name}, {jumpy.StepsTaken} steps; 2/λ_max at the minimum = {Numbers.Format(localLimit)}: "
            + $"η = {Numbers.Format(calmRate)} raised the loss at {Oscillation.LossIncreases(calm)} steps (final {Numbers.Format(calm.FinalLoss)}); "
            + $"η = {Numbers.Format(jumpyRate)} raised it at {rises} steps (lowest {Numbers.Format(jumpy.Losses.Min())}, "
            + $"final {Numbers.Format(jumpy.FinalLoss)})");
    }

    /// <summary>C2 on Rosenbrock from (−1.2, 1), the notebook's rates and budget by default.</summary>
    public static ClaimVerdict LossJumpsAboveLocalLimit(double calmRate = 0.001, double jumpyRate = 0.0025, int steps = 2000)
    {
        var rosenbrock = Surface.Rosenbrock();
        double[] start = [-1.2, 1.0];
        return LossJumpsAboveLocalLimit(rosenbrock,
            Descent.Run(rosenbrock, Optimizer.Sgd(calmRate), start, steps), Descent.Run(rosenbrock, Optimizer.Sgd(jumpyRate), start, steps));
    }

    /// <summary>
    /// C3, divergence: a run with a rate above <paramref name="limit"/> is reported as diverged, every recorded loss and
    /// point is finite, and the loss grew more than 10⁴-fold.
    /// </summary>
    public static ClaimVerdict DivergesAboveLimit(Trajectory run, double limit)
    {
        ArgumentNullException.ThrowIfNull(run);
        bool finite = run.Losses.All(double.IsFinite) && run.Points.All(p => p.All(double.IsFinite));
        bool exploded = run.FinalLoss > 1e4 * run.Losses[0];
        return new(run.LearningRates[0] > limit && run.Status.Diverged && finite && exploded,
            $"η = {Numbers.Format(run.LearningRates[0])} > 2/λ_max = {Numbers.Format(limit)}: {run.Status}; the loss grew from "
            + $"{Numbers.Format(run.Losses[0])} to {Numbers.Format(run.FinalLoss)} in {run.StepsTaken} steps; "
            + $"all {run.Losses.Count} recorded losses are finite");
    }

    /// <summary>C3, divergence, on the notebook's bowl 0.1x² + 2y² from (−2.5, 1.5).</summary>
    public static ClaimVerdict DivergesAboveLimit(double learningRate = 0.6, int steps = 150)
    {
        var bowl = Surface.Quadratic(0.1, 2);
        return DivergesAboveLimit(Descent.Run(bowl, Optimizer.Sgd(learningRate), [-2.5, 1.5], steps), bowl.StabilityLimit);
    }

    /// <summary>
    /// C3, the exact limit: in a sweep on a quadratic, every rate below <paramref name="limit"/> converged and every rate
    /// above diverged, with at least five rates on each side. A rate equal to the limit up to rounding (relative 1e-9)
    /// neither converges nor diverges; it is reported and left out.
    /// </summary>
    public static ClaimVerdict LimitIsExact(LearningRateSweep sweep, double limit)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var rates = sweep.LearningRates;
        bool At(int i) => Math.Abs(rates[i] - limit) <= 1e-9 * limit;
        int[] below = [.. Enumerable.Range(0, rates.Count).Where(i => rates[i] < limit && !At(i))];
        int[] above = [.. Enumerable.Range(0, rates.Count).Where(i => rates[i] > limit && !At(i))];
        int[] at = [.. Enumerable.Range(0, rates.Count).Where(At)];
        bool exact = below.All(i => sweep.Runs[i].Status.Converged) && above.All(i => sweep.Runs[i].Status.Diverged);
        double edgeBelow = below.Length > 0 ? below.Max(i => rates[i]) : double.NaN;
        double edgeAbove = above.Length > 0 ? above.Min(i => rates[i]) : double.NaN;
        string atText = at.Length == 0 ? "" : $"; {at.Length} rate(s) at the limit itself: {string.Join(", ", at.Select(i => sweep.Runs[i].Status))}";
        return new(exact && below.Length >= 5 && above.Length >= 5,
            $"2/λ_max = {Numbers.Format(limit)}: {below.Count(i => sweep.Runs[i].Status.Converged)} of {below.Length} rates below converged "
            + $"(slowest in {(below.Length > 0 ? below.Max(i => sweep.Runs[i].Status.Step) : 0)} steps), "
            + $"{above.Count(i => sweep.Runs[i].Status.Diverged)} of {above.Length} above diverged "
            + $"(latest at step {(above.Length > 0 ? above.Max(i => sweep.Runs[i].Status.Step) : 0)}); "
            + $"measured edge between {Numbers.Format(edgeBelow)} and {Numbers.Format(edgeAbove)}{atText}");
    }

    /// <summary>C3, the exact limit, on the notebook's bowl: <paramref name="count"/> rates from 0.04 to 1, 3000 steps to reach 1e-8.</summary>
    public static ClaimVerdict LimitIsExact(int count = 25, int patience = 3000, double from = 0.04, double to = 1.0)
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var options = new RunOptions { Steps = patience, Tolerance = 1e-8, StopAtConvergence = true };
        var sweep = Sweep.LearningRates(Sweep.LinSpace(from, to, count), lr => Descent.Run(bowl, Optimizer.Sgd(lr), [-2.5, 1.5], options));
        return LimitIsExact(sweep, Curvature.StabilityLimit(bowl, 0, 0));
    }
}

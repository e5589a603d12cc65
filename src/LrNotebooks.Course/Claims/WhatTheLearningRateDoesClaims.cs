using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>The claims of notebook 01 (what the learning rate does), computed from the notebook's runs or from settings.</summary>
public static class WhatTheLearningRateDoesClaims
{
    /// <summary>
    /// C1: the learning rate sets the speed. Every run reached the tolerance, each larger rate (in increasing order) in
    /// fewer steps, and the smallest rate needed at least ten times the steps of the largest.
    /// </summary>
    /// <param name="learningRates">The rates, increasing.</param>
    /// <param name="runs">runs[i] ran with learningRates[i] and stopped at the tolerance.</param>
    public static ClaimVerdict StepsFallWithRate(IReadOnlyList<double> learningRates, IReadOnlyList<Trajectory> runs)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(runs);
        Guard.AtLeast(runs.Count, 2, nameof(runs));
        Guard.SameLength(learningRates.Count, runs.Count);
        double[] steps = Latency.Steps(runs);
        bool converged = runs.All(r => r.Status.Converged);
        bool fewer = steps.Zip(steps.Skip(1), (slow, fast) => fast < slow).All(b => b);
        return new(converged && fewer && steps[0] >= 10 * steps[^1],
            $"steps to the tolerance for η = {Numbers.List(learningRates)}: {string.Join(", ", steps)}; "
            + $"{Numbers.Format(steps[0] / steps[^1])}× as many at η = {Numbers.Format(learningRates[0])} as at η = {Numbers.Format(learningRates[^1])}");
    }

    /// <summary>C1 on the parabola L = 1 from x₀ = 2 (the notebook's rates 0.02 to 0.5 and tolerance 1e-6 by default).</summary>
    public static ClaimVerdict StepsFallWithRate(IReadOnlyList<double>? learningRates = null, double tolerance = 1e-6)
    {
        IReadOnlyList<double> rates = learningRates ?? [0.02, 0.05, 0.1, 0.2, 0.5];
        var parabola = Surface.Parabola(1);
        var options = new RunOptions { Steps = 5000, Tolerance = tolerance, StopAtConvergence = true };
        return StepsFallWithRate(rates, [.. rates.Select(lr => Descent.Run(parabola, Optimizer.Sgd(lr), [2.0], options))]);
    }

    /// <summary>
    /// 2/L: the stability limit computed from the Hessian's eigenvalues (MathNet's symmetric eigen-decomposition)
    /// equals the quadratic's closed form (to 1e-12).
    /// </summary>
    public static ClaimVerdict LimitFromHessian(Quadratic bowl)
    {
        ArgumentNullException.ThrowIfNull(bowl);
        double[] eigenvalues = Curvature.Eigenvalues(bowl, 0, 0);
        double limit = Curvature.StabilityLimit(bowl, 0, 0);
        return new(Math.Abs(limit - bowl.StabilityLimit) < 1e-12,
            $"MathNet eigenvalues {Numbers.List(eigenvalues)}; 2/λ_max = {Numbers.Format(limit)}; "
            + $"closed form of the quadratic {Numbers.Format(bowl.StabilityLimit)}");
    }

    /// <summary>
    /// The update rule is all there is: iterates computed by a hand-written loop x ← x − η∇f(x) equal the library's
    /// plain SGD run from the same start, bit for bit, at every step.
    /// </summary>
    /// <param name="handPoints">The loop's iterates, the start first.</param>
    /// <param name="surface">The loss whose gradient the loop used.</param>
    /// <param name="learningRate">The loop's η.</param>
    public static ClaimVerdict HandWrittenLoopMatchesLibrary(IReadOnlyList<double[]> handPoints, Surface surface, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(handPoints);
        ArgumentNullException.ThrowIfNull(surface);
        Guard.AtLeast(handPoints.Count, 2, nameof(handPoints));
        var library = Descent.Run(surface, Optimizer.Sgd(learningRate), [.. handPoints[0]], steps: handPoints.Count - 1);
        bool sameLength = library.Points.Count == handPoints.Count;
        double largest = 0;
        for (int t = 0; sameLength && t < handPoints.Count; t++)
            for (int i = 0; i < handPoints[t].Length; i++)
                largest = Math.Max(largest, Math.Abs(handPoints[t][i] - library.Points[t][i]));
        return new(sameLength && largest == 0,
            $"{handPoints.Count - 1} steps with η = {Numbers.Format(learningRate)} on {surface.Name}: library {library.Status}; "
            + $"largest difference between the two sets of iterates {Numbers.Format(largest)}; "
            + $"last iterate {Numbers.List(handPoints[^1])}");
    }
}

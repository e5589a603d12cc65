using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>The claim of notebook 00 (start here), computed from the notebook's run or from settings.</summary>
public static class StartHereClaims
{
    /// <summary>
    /// Warm-up: on the parabola (L/2)x² one gradient step from x₀ lands on x₀ − η·L·x₀ (to 1e-12).
    /// </summary>
    /// <param name="run">A run on <c>Surface.Parabola(curvature)</c> with plain SGD, at least one step.</param>
    /// <param name="learningRate">Its learning rate η.</param>
    /// <param name="curvature">The parabola's curvature L.</param>
    public static ClaimVerdict OneGradientStep(Trajectory run, double learningRate, double curvature)
    {
        ArgumentNullException.ThrowIfNull(run);
        Guard.AtLeast(run.StepsTaken, 1, nameof(run));
        double x0 = run.Points[0][0], x1 = run.Points[1][0];
        double expected = x0 - learningRate * curvature * x0;
        return new(Math.Abs(x1 - expected) < 1e-12,
            $"x₁ = {Numbers.Format(x1)} for η = {Numbers.Format(learningRate)}; by hand x₀ − η·L·x₀ = {Numbers.Format(expected)}");
    }

    /// <summary>The warm-up claim on a fresh run with these settings (the notebook's: η = 0.3, L = 1, x₀ = 2).</summary>
    public static ClaimVerdict OneGradientStep(double learningRate = 0.3, double curvature = 1, double start = 2)
    {
        var run = Descent.Run(Surface.Parabola(curvature), Optimizer.Sgd(learningRate), [start], steps: 5);
        return OneGradientStep(run, learningRate, curvature);
    }
}

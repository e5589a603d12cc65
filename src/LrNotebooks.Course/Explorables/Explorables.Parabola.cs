using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The values of ηL the parabola slider steps through: from creeping (0.05) to diverging (2.2).</summary>
    public static IReadOnlyList<double> ParabolaRates { get; } = [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 1.9, 2.0, 2.1, 2.2];

    /// <summary>
    /// A learning-rate slider on the parabola f(x) = (L/2)x², η from 0.05/L to 2.2/L: the iterates on the curve
    /// (left), the loss per step (right), and the regime in the title, read off the run: the factor
    /// r = x₁/x₀ = 1 − ηL by which each step multiplies x.
    /// </summary>
    /// <param name="curvature">L &gt; 0.</param>
    /// <param name="start">x₀, non-zero and inside the plotting domain [−2, 2].</param>
    /// <param name="steps">Steps per run, 1 to 200.</param>
    public static Figure LearningRateOnParabola(double curvature = 1, double start = 1.8, int steps = 25)
    {
        var parabola = Surface.Parabola(curvature);
        if (start == 0 || !(Math.Abs(start) <= 2)) throw new ArgumentOutOfRangeException(nameof(start), start, "x₀ must be non-zero and in [−2, 2].");
        if (steps is < 1 or > 200) throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be in [1, 200].");
        return PlayButton.Add(Explorable.Slider("η", ParabolaRates.Select(k => k / curvature), lr =>
        {
            var run = Descent.Run(parabola, Optimizer.Sgd(lr), [start], steps);
            string title = $"η = {F(lr)} = {F(lr * curvature)}/L: {ParabolaRegime(run)}";
            return SideBySide.Of(Plots.Curve(parabola, run), Plots.Loss(run), title);
        }, lr => F(lr * curvature) + "/L"));
    }

    /// <summary>The regime of a run on a parabola in words, from the factor r = x₁/x₀ its first step applied.</summary>
    internal static string ParabolaRegime(Trajectory run)
    {
        if (run.Status.Diverged) return $"diverges, every step lands further out ({run.Status})";
        double r = run.Points[1][0] / run.Points[0][0];
        string factor = $"x is multiplied by r = {F(r)} per step";
        return r switch
        {
            > 0.8 => $"creeps down one side ({factor})",
            > 1e-12 => $"monotone, straight down one side ({factor})",
            >= -1e-12 => "lands on the minimum in one step (r = 0)",
            > -0.5 => $"overshoots the minimum, lands closer each step ({factor})",
            > -1 + 1e-12 => $"oscillates across the minimum, shrinking slowly ({factor})",
            >= -1 - 1e-12 => $"bounces between ±x₀ for ever ({factor})",
            _ => $"diverges, every step lands further out ({factor})",
        };
    }
}

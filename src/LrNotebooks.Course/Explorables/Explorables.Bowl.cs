using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The contour levels of a surface alone, the background of its explorables.</summary>
    private static Figure Levels(Surface surface)
    {
        var json = Plots.Contour(surface).ToJson();
        json["data"] = new System.Text.Json.Nodes.JsonArray(json["data"]!.AsArray().Where(t => (string?)t!["type"] == "contour").Select(t => t!.DeepClone()).ToArray());
        return new Figure(json);
    }

    /// <summary>The fractions of the stability limit 2/λ_max the bowl slider steps through.</summary>
    public static IReadOnlyList<double> BowlFractions { get; } = [0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.96, 1.0, 1.04, 1.1, 1.2];

    /// <summary>
    /// A learning-rate slider on an ill-conditioned quadratic bowl (default 0.1x² + 2y², limit 2/λ_max = 0.5):
    /// the path over the contours (left) and the loss per step (right), with the run's status (converged at step k,
    /// diverged at step k, still running) in the title.
    /// </summary>
    /// <param name="bowl">The bowl; default <c>Surface.Quadratic(0.1, 2)</c>.</param>
    /// <param name="start">The start; default (−2.5, 1.5).</param>
    /// <param name="steps">Step budget, 1 to 1000.</param>
    /// <param name="tolerance">A run has converged when f − f* ≤ tolerance.</param>
    public static Figure LearningRateOnBowl(Quadratic? bowl = null, double[]? start = null, int steps = 100, double tolerance = 1e-6)
    {
        bowl ??= Surface.Quadratic(0.1, 2);
        start ??= [-2.5, 1.5];
        if (steps is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be in [1, 1000].");
        double limit = bowl.StabilityLimit;
        var options = new RunOptions { Steps = steps, Tolerance = tolerance, StopAtConvergence = true };
        return PlayButton.Add(Explorable.Slider("η", BowlFractions.Select(k => k * limit), lr =>
        {
            var run = Descent.Run(bowl, Optimizer.Sgd(lr), start, options with { Label = $"SGD, η = {F(lr)}" });
            string title = $"η = {F(lr)} ({F(lr / limit)} × the limit 2/λ_max = {F(limit)}): {run.Status}";
            return SideBySide.Of(Plots.Contour(bowl, [run], levels: false), Plots.Loss(bowl, run), title);
        }, lr => F(lr), background: Levels(bowl)));
    }
}

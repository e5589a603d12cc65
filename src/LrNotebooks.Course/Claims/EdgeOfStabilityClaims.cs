using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>
/// The computations behind the edge-of-stability notebook (Cohen et al. 2021, "Gradient descent on neural networks
/// typically occurs at the edge of stability"): full-batch gradient descent on the digits network with the sharpness
/// (largest eigenvalue of the training loss's Hessian, by power iteration on exact Hessian-vector products) measured
/// every few steps. Settings records default to the notebook's, so robustness tests can re-run them perturbed.
/// </summary>
public static class EdgeOfStabilityClaims
{
    /// <summary>Trains one full-batch gradient-descent run per rate, measuring the sharpness, and summarises each against 2/η.</summary>
    /// <param name="data">The digits split.</param>
    /// <param name="rate">The learning rate η.</param>
    /// <param name="settings">Network, steps, measurement interval, window and seed; null for the notebook's.</param>
    /// <param name="progress">Called with the number of steps done after every step (on the calling thread); null for none.</param>
    public static EdgeOfStabilityRun Run(DataSplit data, double rate, EdgeOfStabilitySettings? settings = null, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.Positive(rate);
        var s = settings ?? new EdgeOfStabilitySettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var run = Trainer.Train(network, data, Optimizer.Sgd(rate), new TrainingOptions
        {
            Epochs = s.Steps, BatchSize = int.MaxValue, Seed = s.Seed, Label = $"η = {Numbers.Format(rate)}",
            Sharpness = new SharpnessOptions { Every = s.Every, Tolerance = 1e-3, MaxIterations = 100 },
            Progress = progress is null ? null : m => progress(m.Epoch),
        });
        double limit = 2 / rate;
        var window = run.Sharpness.Where(p => p.Step >= s.WindowStart).Select(p => p.Value / limit).Order().ToArray();
        double median = window.Length == 0 ? double.NaN : window.Length % 2 == 1 ? window[window.Length / 2]
            : (window[window.Length / 2 - 1] + window[window.Length / 2]) / 2;
        var losses = run.BatchLosses;
        int rises = Enumerable.Range(1, Math.Max(0, losses.Count - 1)).Count(t => losses[t] > losses[t - 1]);
        double start = run.Sharpness.Count > 0 ? run.Sharpness[0].Value : double.NaN;
        double peak = run.Sharpness.Count > 0 ? run.Sharpness.Max(p => p.Value) : double.NaN;
        return new EdgeOfStabilityRun(rate, run, start, peak, median, losses.Count > 0 ? losses[0] : double.NaN,
            losses.Count > 0 ? losses[^1] : double.NaN, rises) { WindowStart = s.WindowStart };
    }

    /// <summary>
    /// Sharpening up to the edge (the claim on the deeper network): for every rate the sharpness grows beyond its starting
    /// value and reaches 2/η, its median over the window is within the tolerance of 2/η, the loss ends below where it
    /// started and rose at some steps (non-monotone), and no run diverged.
    /// </summary>
    /// <param name="runs">One run per rate, from <see cref="Run"/>.</param>
    /// <param name="tolerance">Allowed relative distance of the window median from 2/η.</param>
    public static (bool Holds, string Evidence) RisesToEdge(IReadOnlyList<EdgeOfStabilityRun> runs, double tolerance = 0.2)
    {
        ArgumentNullException.ThrowIfNull(runs);
        bool holds = runs.Count > 0 && runs.All(r => !r.Run.Status.Diverged && r.PeakSharpness > r.StartSharpness
            && r.PeakSharpness >= r.Limit && Math.Abs(r.MedianRatio - 1) <= tolerance && r.FinalLoss < r.InitialLoss && r.LossRises > 0);
        return (holds, Describe(runs) + $" (median allowed within {Numbers.Percent(tolerance)} of 2/η)");
    }

    /// <summary>
    /// Self-stabilisation from above (the shallower network): for every rate the sharpness starts above 2/η, comes down
    /// and its median over the window is within the tolerance of 2/η while the loss still falls.
    /// </summary>
    /// <param name="runs">One run per rate, from <see cref="Run"/>.</param>
    /// <param name="tolerance">Allowed relative distance of the window median from 2/η.</param>
    public static (bool Holds, string Evidence) FallsToEdge(IReadOnlyList<EdgeOfStabilityRun> runs, double tolerance = 0.3)
    {
        ArgumentNullException.ThrowIfNull(runs);
        bool holds = runs.Count > 0 && runs.All(r => !r.Run.Status.Diverged && r.StartSharpness > r.Limit
            && Math.Abs(r.MedianRatio - 1) <= tolerance && r.FinalLoss < r.InitialLoss);
        return (holds, Describe(runs) + $" (median allowed within {Numbers.Percent(tolerance)} of 2/η)");
    }

    private static string Describe(IReadOnlyList<EdgeOfStabilityRun> runs) => string.Join("; ", runs.Select(r =>
        $"η = {Numbers.Format(r.Rate)} (2/η = {Numbers.Format(r.Limit)}): sharpness {Numbers.Format(r.StartSharpness)} at step 0, "
        + $"peak {Numbers.Format(r.PeakSharpness)}, median {Numbers.Format(r.MedianRatio)} × 2/η from step {r.WindowStart}; "
        + $"loss {Numbers.Format(r.InitialLoss)} → {Numbers.Format(r.FinalLoss)}, up at {r.LossRises} steps"));
}

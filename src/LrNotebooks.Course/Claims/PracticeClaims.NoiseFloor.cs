using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class PracticeClaims
{
    /// <summary>
    /// The noise floor of SGD on a noisy quadratic with mini-batch noise: a batch of B examples averages B independent
    /// per-example noises of size σ, so the gradient noise is σ/√B and the stationary loss, per direction of curvature λ,
    /// is ησ²/(2B(2 − ηλ)) ≈ ησ²/(4B) for ηλ ≪ 2: a function of η/B. Every (B, η/B) pair runs as a seed ensemble started
    /// at the minimum; the floor is the mean loss over the second half of the run. The claim: every floor is within the
    /// tolerance of the formula and, at the same η/B, the floors of different batch sizes are within the spread tolerance
    /// of each other; scaling η with B keeps the floor only while η stays below 2/λ_max (one run beyond it must diverge).
    /// </summary>
    /// <param name="settings">Curvatures, σ, batch sizes, η/B values, steps and seeds; null for the notebook's.</param>
    public static NoiseFloorResult NoiseFloor(NoiseFloorSettings? settings = null)
    {
        var s = settings ?? new NoiseFloorSettings();
        var bowl = Surface.Quadratic(s.Curvatures[0] / 2, s.Curvatures[1] / 2);
        double[] start = [0.0, 0.0];
        var floors = new double[s.BatchSizes.Count, s.RatesPerExample.Count];
        var predicted = new double[s.BatchSizes.Count, s.RatesPerExample.Count];
        var errors = new double[s.BatchSizes.Count, s.RatesPerExample.Count];
        for (int b = 0; b < s.BatchSizes.Count; b++)
            for (int r = 0; r < s.RatesPerExample.Count; r++)
            {
                int batch = s.BatchSizes[b];
                double eta = s.RatesPerExample[r] * batch;
                var options = new RunOptions { Steps = s.Steps, GradientNoise = s.Sigma / Math.Sqrt(batch), Seed = s.Seed };
                var ensemble = SeedEnsemble.Run(bowl, Optimizer.Sgd(eta), start, options, s.Seeds);
                int from = s.Steps / 2;
                floors[b, r] = ensemble.MeanLoss(from, s.Steps + 1);
                double[] perSeed = [.. ensemble.Runs.Select(t => t.Losses.Skip(from).Average())];
                errors[b, r] = StandardError(perSeed);
                predicted[b, r] = s.Curvatures.Sum(l => eta * s.Sigma * s.Sigma / (2 * batch * (2 - eta * l)));
            }

        int beyondBatch = s.BreakingBatchSize;
        double beyondEta = s.RatesPerExample[^1] * beyondBatch;
        var beyond = Descent.Run(bowl, Optimizer.Sgd(beyondEta), start,
            new RunOptions { Steps = s.Steps, GradientNoise = s.Sigma / Math.Sqrt(beyondBatch), Seed = s.Seed });
        double limit = 2 / s.Curvatures.Max();

        var cells = (from b in Enumerable.Range(0, s.BatchSizes.Count) from r in Enumerable.Range(0, s.RatesPerExample.Count) select (b, r)).ToArray();
        // A floor passes when it is within the tolerance of the formula or within three standard errors of it:
        // at the smallest rates the iterates are correlated over hundreds of steps, so the seeds decide the precision.
        bool formulaOk = cells.All(c => Math.Abs(floors[c.b, c.r] - predicted[c.b, c.r])
            <= Math.Max(s.Tolerance * predicted[c.b, c.r], 3 * errors[c.b, c.r]));
        double worstFormula = cells.Max(c => Math.Abs(floors[c.b, c.r] / predicted[c.b, c.r] - 1));
        double worstZ = cells.Max(c => Math.Abs(floors[c.b, c.r] - predicted[c.b, c.r]) / errors[c.b, c.r]);
        var fit = Fit.PowerLaw([.. cells.Select(c => s.RatesPerExample[c.r])], [.. cells.Select(c => floors[c.b, c.r])]);
        bool slopeOk = fit.Exponent >= 1 - s.SlopeTolerance && fit.Exponent <= 1 + s.SlopeTolerance;
        bool holds = formulaOk && slopeOk && beyondEta > limit && beyond.Status.Diverged;
        string evidence = $"{s.BatchSizes.Count} batch sizes (B = {string.Join(", ", s.BatchSizes)}) × η/B = {Numbers.List(s.RatesPerExample)}, {s.Seeds} seeds each: "
            + $"every floor within {Numbers.Percent(s.Tolerance)} or 3 standard errors of ησ²/(2B)·Σ1/(2 − ηλ) (largest distance {Numbers.Percent(worstFormula)}, "
            + $"largest |z| {Numbers.Format(worstZ, 2)}); all {cells.Length} floors against η/B: power {Numbers.Format(fit.Exponent)} (allowed 1 ± {Numbers.Format(s.SlopeTolerance)}); "
            + $"B = {beyondBatch} at η/B = {Numbers.Format(s.RatesPerExample[^1])} needs η = {Numbers.Format(beyondEta)} > 2/λ_max = {Numbers.Format(limit)}: {beyond.Status}";
        return new NoiseFloorResult(s.BatchSizes, s.RatesPerExample, floors, errors, predicted, beyond, holds, evidence);
    }
}

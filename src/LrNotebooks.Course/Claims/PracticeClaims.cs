using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>
/// The computations behind the claims of the notebook on the learning rate in practice (batch size, warm-up,
/// reduce-on-plateau, warmup-stable-decay, schedule-free). Each takes a settings record whose defaults are the
/// notebook's, so a robustness test can re-run the same computation with other seeds, budgets or grids; each
/// returns the measured numbers, whether the claim holds for them and the evidence line the notebook prints.
/// </summary>
public static partial class PracticeClaims
{
    /// <summary>
    /// Mini-batch gradient noise: at the network's initial parameters, the squared distance between a mini-batch
    /// gradient and the full-batch gradient, averaged over random batches of each size B (drawn without
    /// replacement), against the prediction tr(Σ)/B · (N − B)/(N − 1) from the per-example gradient covariance Σ.
    /// The claim: the variance falls like 1/B (log-log slope near −1, every size within the tolerance of the prediction).
    /// </summary>
    /// <param name="data">The training and validation rows (the training rows are used).</param>
    /// <param name="settings">Network, batch sizes, batches per size, seed and tolerances; null for the notebook's.</param>
    public static GradientNoiseResult GradientNoise(DataSplit data, GradientNoiseSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = settings ?? new GradientNoiseSettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var train = data.Train;
        int n = train.Count, p = network.ParameterCount;
        foreach (int b in s.BatchSizes) Guard.InRange(b, 1, n - 1, name: "BatchSizes");
        double[] theta = network.InitialParameters(s.Seed);
        int[] all = [.. Enumerable.Range(0, n)];
        var full = new double[p];
        network.LossAndGradient(theta, train, all, full);

        // Per-example gradients give tr(Σ) = mean ‖g_i − ḡ‖², the noise of a batch of one.
        var gi = new double[p];
        double trace = 0;
        for (int i = 0; i < n; i++)
        {
            network.LossAndGradient(theta, train, all.AsSpan(i, 1), gi);
            trace += SquaredDistance(gi, full);
        }
        trace /= n;

        var measured = new double[s.BatchSizes.Count];
        var errors = new double[measured.Length];
        var predicted = new double[measured.Length];
        var random = new Random(s.Seed);
        for (int k = 0; k < measured.Length; k++)
        {
            int b = s.BatchSizes[k];
            var samples = new double[s.Batches];
            for (int j = 0; j < s.Batches; j++)
            {
                random.Shuffle(all);
                network.LossAndGradient(theta, train, all.AsSpan(0, b), gi);
                samples[j] = SquaredDistance(gi, full);
            }
            measured[k] = samples.Average();
            errors[k] = StandardError(samples);
            predicted[k] = trace / b * (n - b) / (n - 1.0);
        }
        var fit = Fit.PowerLaw([.. s.BatchSizes.Select(b => (double)b)], measured);
        bool slopeOk = Math.Abs(fit.Exponent + 1) <= s.SlopeTolerance;
        bool eachOk = measured.Zip(predicted).All(m => Math.Abs(m.First / m.Second - 1) <= s.Tolerance);
        string rows = string.Join("; ", Enumerable.Range(0, measured.Length).Select(k =>
            $"B = {s.BatchSizes[k]}: {Numbers.Format(measured[k])} ± {Numbers.Format(errors[k], 2)} (predicted {Numbers.Format(predicted[k])})"));
        string evidence = $"E‖g_B − g‖² over {s.Batches} batches each: {rows}; log-log slope {Numbers.Format(fit.Exponent)} "
            + $"(allowed −1 ± {Numbers.Format(s.SlopeTolerance)}), each within {Numbers.Percent(s.Tolerance)} of tr(Σ)/B·(N − B)/(N − 1)";
        return new GradientNoiseResult(s.BatchSizes, measured, errors, predicted, trace, fit, slopeOk && eachOk, evidence);
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return sum;
    }

    private static double StandardError(IReadOnlyList<double> values) => StandardDeviation(values) / Math.Sqrt(values.Count);

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}

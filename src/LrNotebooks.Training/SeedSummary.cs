using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// One metric of the runs that differ only in their seed: mean, sample standard deviation, range, and how many
/// runs diverged. Seeds change the initial weights and the batch order, so this is the run-to-run noise a
/// single training hides; compare two settings by their means only when the gap is larger than this spread.
/// </summary>
/// <param name="Runs">Number of runs (seeds), &gt;= 1.</param>
/// <param name="Diverged">How many of them diverged (they still contribute the metric the trainer reports for them).</param>
/// <param name="Mean">Arithmetic mean of the metric.</param>
/// <param name="StandardDeviation">Sample standard deviation (n - 1 in the denominator, as <c>torch.std</c> and pandas); 0 for one run.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
public sealed record SeedSummary(int Runs, int Diverged, double Mean, double StandardDeviation, double Min, double Max)
{
    /// <summary>The range <see cref="Max"/> - <see cref="Min"/>.</summary>
    public double Spread => Max - Min;

    /// <summary>Summarises <paramref name="metric"/> over <paramref name="runs"/>.</summary>
    /// <param name="runs">The runs, at least one, none null.</param>
    /// <param name="metric">The quantity, e.g. <c>r =&gt; r.FinalValidationAccuracy</c>; must be finite for every run.</param>
    /// <exception cref="ArgumentException"><paramref name="runs"/> is empty or contains null, or the metric is not finite for a run.</exception>
    public static SeedSummary Of(IReadOnlyList<TrainingResult> runs, Func<TrainingResult, double> metric)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(metric);
        if (runs.Count == 0) throw new ArgumentException("runs must contain at least one run (length >= 1), but was empty.", nameof(runs));
        var values = new double[runs.Count];
        int diverged = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i] ?? throw new ArgumentException($"runs[{i}] must not be null.", nameof(runs));
            values[i] = metric(run);
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"metric must be finite for every run, but was {values[i]} for runs[{i}] ({run.Label}).", nameof(metric));
            if (run.Status.Diverged) diverged++;
        }
        double mean = values.Average();
        double variance = values.Length == 1 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return new SeedSummary(values.Length, diverged, mean, Math.Sqrt(variance), values.Min(), values.Max());
    }
}

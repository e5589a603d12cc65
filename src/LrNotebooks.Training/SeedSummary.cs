using System.Globalization;

namespace LrNotebooks.Training;

/// <summary>
/// One metric of the runs that differ only in their seed: mean, sample standard deviation, range, and how many
/// runs diverged. Seeds change the initial weights and the batch order, so this is the run-to-run noise a
/// single training hides; compare two settings by their means only when the gap is larger than this spread.
/// </summary>
/// <remarks>
/// A run that diverged has no final model, so it is counted in <see cref="Diverged"/> and left out of the
/// statistics, whatever the metric (its last finite loss or accuracy would make divergence look better than it
/// is). Runs for which the metric has no value (null) are left out too. When no run is left,
/// <see cref="HasValue"/> is false and the statistics throw <see cref="InvalidOperationException"/>: there is
/// no number to show, and the summary never invents one (such as 0% or NaN).
/// </remarks>
public sealed record SeedSummary
{
    private readonly double? _mean, _standardDeviation, _min, _max;

    private SeedSummary(int runs, int diverged, double[] values)
    {
        Runs = runs;
        Diverged = diverged;
        Measured = values.Length;
        if (values.Length == 0) return;
        double mean = values.Average();
        double variance = values.Length == 1 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        (_mean, _standardDeviation, _min, _max) = (mean, Math.Sqrt(variance), values.Min(), values.Max());
    }

    /// <summary>Number of runs (seeds), &gt;= 1.</summary>
    public int Runs { get; }

    /// <summary>How many of them diverged (left out of the statistics).</summary>
    public int Diverged { get; }

    /// <summary>How many runs the statistics are over: those that did not diverge and have a value of the metric.</summary>
    public int Measured { get; }

    /// <summary>Whether at least one run is measured, so <see cref="Mean"/> and the other statistics exist.</summary>
    public bool HasValue => Measured > 0;

    /// <summary>Arithmetic mean of the metric over the measured runs.</summary>
    /// <exception cref="InvalidOperationException">No run is measured (<see cref="HasValue"/> is false).</exception>
    public double Mean => _mean ?? throw NoValue();

    /// <summary>Sample standard deviation (n - 1 in the denominator, as <c>torch.std</c> and pandas); 0 for one measured run.</summary>
    /// <exception cref="InvalidOperationException">No run is measured (<see cref="HasValue"/> is false).</exception>
    public double StandardDeviation => _standardDeviation ?? throw NoValue();

    /// <summary>Smallest value.</summary>
    /// <exception cref="InvalidOperationException">No run is measured (<see cref="HasValue"/> is false).</exception>
    public double Min => _min ?? throw NoValue();

    /// <summary>Largest value.</summary>
    /// <exception cref="InvalidOperationException">No run is measured (<see cref="HasValue"/> is false).</exception>
    public double Max => _max ?? throw NoValue();

    /// <summary>The range <see cref="Max"/> - <see cref="Min"/>.</summary>
    public double Spread => Max - Min;

    /// <summary>"mean 0.95 ± 0.05 over 2 of 3 runs (1 diverged)", or "all 3 diverged".</summary>
    public override string ToString() => _mean is double mean
        ? string.Create(CultureInfo.InvariantCulture, $"mean {mean:G4} ± {_standardDeviation:G3} over {Measured} of {Runs} runs ({Diverged} diverged)")
        : Diverged == Runs
            ? string.Create(CultureInfo.InvariantCulture, $"all {Runs} diverged")
            : string.Create(CultureInfo.InvariantCulture, $"no value in {Runs} runs ({Diverged} diverged)");

    /// <summary>Summarises <paramref name="metric"/> over <paramref name="runs"/>, leaving out diverged runs.</summary>
    /// <param name="runs">The runs, at least one, none null.</param>
    /// <param name="metric">The quantity, e.g. <c>r =&gt; r.FinalValidationAccuracy</c>; finite, or null where a run has no value.</param>
    /// <exception cref="ArgumentException"><paramref name="runs"/> is empty or contains null, or the metric is NaN or infinite for a run that did not diverge.</exception>
    public static SeedSummary Of(IReadOnlyList<TrainingResult> runs, Func<TrainingResult, double?> metric)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(metric);
        if (runs.Count == 0) throw new ArgumentException("runs must contain at least one run (length >= 1), but was empty.", nameof(runs));
        var values = new List<double>(runs.Count);
        int diverged = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i] ?? throw new ArgumentException($"runs[{i}] must not be null.", nameof(runs));
            if (run.Status.Diverged)
            {
                diverged++;
                continue;
            }
            if (metric(run) is not double value) continue;
            if (!double.IsFinite(value))
                throw new ArgumentException($"metric must be finite (or null for no value) for every run that did not diverge, but was {value} for runs[{i}] ({run.Label}).", nameof(metric));
            values.Add(value);
        }
        return new SeedSummary(runs.Count, diverged, [.. values]);
    }

    /// <summary>Summarises a metric that every run has; see <see cref="Of(IReadOnlyList{TrainingResult}, Func{TrainingResult, double?})"/>.</summary>
    public static SeedSummary Of(IReadOnlyList<TrainingResult> runs, Func<TrainingResult, double> metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Of(runs, r => (double?)metric(r));
    }

    private InvalidOperationException NoValue() => new(
        $"The summary has no value: every run diverged ({Diverged} of {Runs}) or has no value of the metric. Check HasValue first.");
}

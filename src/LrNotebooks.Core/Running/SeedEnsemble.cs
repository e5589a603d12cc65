using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Running;

/// <summary>
/// The same noisy run repeated with consecutive gradient-noise seeds, and its averages. One noisy run is one
/// draw of a random loss curve; a claim about "the loss of this setting" is a claim about the mean over draws,
/// so comparisons between settings are made on ensembles (common random numbers: seed k sees the same noise in
/// every ensemble built from the same <see cref="RunOptions.Seed"/>).
/// </summary>
/// <param name="Label">Legend label: <see cref="RunOptions.Label"/>, or the optimizer's name.</param>
/// <param name="Runs">Runs[k] used seed <c>options.Seed + k</c>.</param>
public sealed record SeedEnsemble(string Label, IReadOnlyList<Trajectory> Runs)
{
    /// <summary>
    /// Runs <paramref name="optimizer"/> from <paramref name="start"/> once per seed <c>options.Seed</c>,
    /// <c>options.Seed + 1</c>, …, <c>options.Seed + seeds − 1</c>, in parallel (<see cref="Sweep.Map{T, TResult}"/>),
    /// deterministic: the result is the same as a serial loop on every machine.
    /// </summary>
    /// <param name="surface">The loss surface.</param>
    /// <param name="optimizer">The optimizer (with its schedule); each run gets a fresh state.</param>
    /// <param name="start">The common starting point.</param>
    /// <param name="options">Steps, noise σ (normally &gt; 0), the first seed, label.</param>
    /// <param name="seeds">How many seeds, &gt;= 1; <c>options.Seed + seeds − 1</c> must not exceed <see cref="int.MaxValue"/>.</param>
    public static SeedEnsemble Run(Surface surface, Optimizer optimizer, double[] start, RunOptions options, int seeds)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        Guard.AtLeast(seeds, 1);
        if ((long)options.Seed + seeds - 1 > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(seeds), seeds,
                $"seeds must be in [1, {(long)int.MaxValue - options.Seed + 1}] so that the last seed options.Seed + seeds - 1 fits in an int (options.Seed = {options.Seed}), but was {seeds}.");
        int[] seedList = [.. Enumerable.Range(0, seeds).Select(k => options.Seed + k)];
        Trajectory[] runs = Sweep.Map(seedList, seed => Descent.Run(surface, optimizer, start, options with { Seed = seed }));
        return new SeedEnsemble(options.Label ?? optimizer.Name, runs);
    }

    /// <summary>The number of runs (seeds).</summary>
    public int Count => Runs.Count;

    /// <summary>How many runs diverged (their last finite loss still enters the means, so a diverging setting looks bad, never good).</summary>
    public int Diverged => Runs.Count(r => r.Status.Diverged);

    /// <summary>The mean over seeds of each run's final (last finite) loss.</summary>
    public double MeanFinalLoss => Runs.Average(r => r.FinalLoss);

    /// <summary>The standard error of <see cref="MeanFinalLoss"/>: sample standard deviation / √n (0 for one run).</summary>
    public double FinalLossStandardError
    {
        get
        {
            if (Runs.Count < 2) return 0;
            double mean = MeanFinalLoss;
            double variance = Runs.Sum(r => (r.FinalLoss - mean) * (r.FinalLoss - mean)) / (Runs.Count - 1);
            return Math.Sqrt(variance / Runs.Count);
        }
    }

    /// <summary>
    /// The mean loss curve: element t is the mean over seeds of Losses[t], for t = 0 up to the shortest run's
    /// <see cref="Trajectory.StepsTaken"/> (all runs have the full length unless one diverged).
    /// </summary>
    public IReadOnlyList<double> MeanLosses
    {
        get
        {
            int length = Runs.Min(r => r.Losses.Count);
            var mean = new double[length];
            foreach (Trajectory run in Runs)
                for (int t = 0; t < length; t++) mean[t] += run.Losses[t];
            for (int t = 0; t < length; t++) mean[t] /= Runs.Count;
            return mean;
        }
    }

    /// <summary>
    /// The mean of <see cref="MeanLosses"/> over the steps <paramref name="from"/> &lt;= t &lt; <paramref name="to"/>:
    /// the level a noisy loss curve sits at in that window (e.g. just before and well after a learning-rate drop).
    /// </summary>
    /// <param name="from">First step of the window, &gt;= 0.</param>
    /// <param name="to">One past the last step, in (from, MeanLosses.Count].</param>
    public double MeanLoss(int from, int to)
    {
        IReadOnlyList<double> mean = MeanLosses;
        Guard.InRange(from, 0, mean.Count - 1);
        Guard.InRange(to, from + 1, mean.Count);
        double sum = 0;
        for (int t = from; t < to; t++) sum += mean[t];
        return sum / (to - from);
    }
}

using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// A full factorial grid of training runs: every learning rate x schedule x optimizer x seed. Points are
/// ordered optimizer-major, then schedule, then learning rate, then seed (the last varies fastest).
/// </summary>
public sealed record SweepGrid
{
    /// <summary>Creates a grid; every axis must have at least one value.</summary>
    /// <param name="learningRates">Base learning rates, each finite and &gt; 0 (e.g. <c>Sweep.LogSpace(1e-3, 1, 7)</c>).</param>
    /// <param name="schedules">Schedule choices.</param>
    /// <param name="optimizers">Optimizer choices.</param>
    /// <param name="seeds">Seeds (weights; the batch order uses seed + 1, see <see cref="TrainingOptions.ShuffleSeed"/>).</param>
    public SweepGrid(IReadOnlyList<double> learningRates, IReadOnlyList<ScheduleChoice> schedules, IReadOnlyList<OptimizerChoice> optimizers, IReadOnlyList<int> seeds)
    {
        LearningRates = Check(learningRates, nameof(learningRates));
        Schedules = Check(schedules, nameof(schedules));
        Optimizers = Check(optimizers, nameof(optimizers));
        Seeds = Check(seeds, nameof(seeds));
        for (int i = 0; i < learningRates.Count; i++) Guard.Positive(learningRates[i], $"learningRates[{i}]");
        for (int i = 0; i < schedules.Count; i++) ArgumentNullException.ThrowIfNull(schedules[i], $"schedules[{i}]");
        for (int i = 0; i < optimizers.Count; i++) ArgumentNullException.ThrowIfNull(optimizers[i], $"optimizers[{i}]");
    }

    /// <summary>The base learning rates.</summary>
    public IReadOnlyList<double> LearningRates { get; }

    /// <summary>The schedule choices.</summary>
    public IReadOnlyList<ScheduleChoice> Schedules { get; }

    /// <summary>The optimizer choices.</summary>
    public IReadOnlyList<OptimizerChoice> Optimizers { get; }

    /// <summary>The seeds.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>The number of runs.</summary>
    public int Count => LearningRates.Count * Schedules.Count * Optimizers.Count * Seeds.Count;

    /// <summary>Every point of the grid, in the documented order.</summary>
    public IReadOnlyList<SweepPoint> Points()
    {
        var points = new List<SweepPoint>(Count);
        for (int o = 0; o < Optimizers.Count; o++)
            for (int s = 0; s < Schedules.Count; s++)
                for (int l = 0; l < LearningRates.Count; l++)
                    for (int k = 0; k < Seeds.Count; k++)
                        points.Add(new SweepPoint(points.Count, o, s, l, k, LearningRates[l], Schedules[s], Optimizers[o], Seeds[k]));
        return points;
    }

    /// <summary>The position of a point in <see cref="Points"/>.</summary>
    public int IndexOf(int optimizer, int schedule, int learningRate, int seed)
    {
        Guard.Index(optimizer, Optimizers.Count, nameof(optimizer));
        Guard.Index(schedule, Schedules.Count, nameof(schedule));
        Guard.Index(learningRate, LearningRates.Count, nameof(learningRate));
        Guard.Index(seed, Seeds.Count, nameof(seed));
        return ((optimizer * Schedules.Count + schedule) * LearningRates.Count + learningRate) * Seeds.Count + seed;
    }

    private static IReadOnlyList<T> Check<T>(IReadOnlyList<T> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0) throw new ArgumentException($"{name} must not be empty (length >= 1).", name);
        return values.ToArray();
    }

}

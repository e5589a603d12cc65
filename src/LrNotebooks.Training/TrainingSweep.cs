using System.Collections.Concurrent;

namespace LrNotebooks.Training;

/// <summary>
/// Runs many independent trainings in parallel on all cores (<see cref="Parallel"/> over single-item ranges),
/// each single-threaded and fully seeded, with results stored by index: the numbers are bit-identical to a
/// serial run whatever the degree of parallelism or the order runs finish in.
/// </summary>
public static class TrainingSweep
{
    /// <summary>Trains every point of <paramref name="grid"/>.</summary>
    /// <param name="network">The model (shared; it is immutable).</param>
    /// <param name="data">The data (shared; it is immutable).</param>
    /// <param name="grid">Learning rates x schedules x optimizers x seeds.</param>
    /// <param name="options">Epochs, batch size, divergence rule (Seed, ShuffleSeed, Label and Progress are set per point); null for the defaults.</param>
    /// <param name="maxDegreeOfParallelism">At most this many runs at once; -1 (default) for all cores, 1 for a serial run.</param>
    public static SweepResult Run(Network network, DataSplit data, SweepGrid grid, TrainingOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(grid);
        var baseOptions = (options ?? new TrainingOptions()) with { ShuffleSeed = null, Progress = null };
        var points = grid.Points();
        var results = Map(points, point => Trainer.Train(network, data, point.Optimizer.Create, point.Schedule.Create(point.LearningRate),
            point.Schedule.Stepping, baseOptions with { Seed = point.Seed, Label = point.Label }), maxDegreeOfParallelism);
        return new SweepResult(grid, points, results);
    }

    /// <summary>
    /// <c>results[i] = run(inputs[i])</c>, computed in parallel; results are in input order. <paramref name="run"/>
    /// must not share mutable state between calls (every training run creates its own).
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="run">The work for one input.</param>
    /// <param name="maxDegreeOfParallelism">At most this many at once; -1 (default) for all cores, 1 for serial.</param>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> inputs, Func<T, TResult> run, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(run);
        if (maxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                $"maxDegreeOfParallelism must be -1 (all cores) or an integer >= 1, but was {maxDegreeOfParallelism}.");
        var results = new TResult[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        // Indices are handed out one at a time as workers free up: runs are long and of unequal length (diverged
        // runs stop early), so this keeps every core busy to the end of the sweep.
        Parallel.ForEach(Partitioner.Create(0, inputs.Count, rangeSize: 1), parallel, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++) results[i] = run(inputs[i]);
        });
        return results;
    }
}

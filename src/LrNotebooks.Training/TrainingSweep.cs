using LrNotebooks.Core.Running;

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
        var results = Sweep.Map(points, point => Trainer.Train(network, data, point.Optimizer.Create, point.Schedule.Create(point.LearningRate),
            point.Schedule.Stepping, baseOptions with { Seed = point.Seed, Label = point.Label }), maxDegreeOfParallelism);
        return new SweepResult(grid, points, results);
    }
}

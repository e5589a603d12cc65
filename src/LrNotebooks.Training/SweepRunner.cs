using LrNotebooks.Core.Running;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace LrNotebooks.Training;

/// <summary>
/// Runs a <see cref="SweepGrid"/> like <see cref="TrainingSweep.Run"/> (same runs, same order, bit-identical results)
/// while reporting progress, so a notebook cell that trains dozens of networks can show how far it has got.
/// The trainings run on worker threads; <c>progress</c> is always called on the calling thread (the one a notebook
/// kernel displays from), at the start, every <c>interval</c>, and once at the end. A run that throws stops the
/// sweep with that run's own exception (not wrapped in an <see cref="AggregateException"/>).
/// </summary>
public static class SweepRunner
{
    /// <summary>Trains every point of <paramref name="grid"/> in parallel, reporting progress on the calling thread.</summary>
    /// <param name="network">The model (shared; it is immutable).</param>
    /// <param name="data">The data (shared; it is immutable).</param>
    /// <param name="grid">Learning rates x schedules x optimizers x seeds.</param>
    /// <param name="options">Epochs, batch size, divergence rule, as for <see cref="TrainingSweep.Run"/>; null for the defaults.</param>
    /// <param name="progress">Called with the progress: first with 0 completed, last with all completed.</param>
    /// <param name="interval">Time between reports while the sweep runs, &gt; 0; default 250 ms.</param>
    /// <param name="maxDegreeOfParallelism">At most this many runs at once; -1 (default) for all cores.</param>
    public static SweepResult Run(Network network, DataSplit data, SweepGrid grid, TrainingOptions? options, Action<SweepProgress> progress,
        TimeSpan? interval = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(progress);
        var wait = interval ?? TimeSpan.FromMilliseconds(250);
        if (wait <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), wait, $"interval must be > 0, but was {wait}.");
        if (maxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                $"maxDegreeOfParallelism must be -1 (all cores) or an integer >= 1, but was {maxDegreeOfParallelism}.");

        var clock = Stopwatch.StartNew();
        int completed = 0, total = grid.Count;
        progress(new SweepProgress(0, total, clock.Elapsed));
        // One grid point at a time through TrainingSweep.Run keeps the exact per-run setup of the sweep.
        var points = grid.Points();
        var sweep = Task.Run(() => Sweep.Map(points, point =>
        {
            var single = new SweepGrid([point.LearningRate], [point.Schedule], [point.Optimizer], [point.Seed]);
            var result = TrainingSweep.Run(network, data, single, options, maxDegreeOfParallelism: 1).Results[0];
            Interlocked.Increment(ref completed);
            return result;
        }, maxDegreeOfParallelism));
        while (!((IAsyncResult)sweep).AsyncWaitHandle.WaitOne(wait)) progress(new SweepProgress(Volatile.Read(ref completed), total, clock.Elapsed));
        if (sweep.Exception is { } failure)
            // The task wraps the run's exception; a notebook should see the run's own error.
            ExceptionDispatchInfo.Capture(failure.Flatten().InnerExceptions[0]).Throw();
        var results = sweep.Result;
        progress(new SweepProgress(total, total, clock.Elapsed));
        return new SweepResult(grid, points, results);
    }
}

using LrNotebooks.Core.Running;

namespace LrNotebooks.Course;

/// <summary>The level a noisy run sits at over a window of steps, per seed, so levels can be compared seed by seed.</summary>
internal static class LossWindows
{
    /// <summary>For each run of <paramref name="ensemble"/>: the mean of its losses over the steps <c>from &lt;= t &lt; to</c>.</summary>
    public static double[] PerSeed(SeedEnsemble ensemble, int from, int to) =>
        [.. ensemble.Runs.Select(run => Mean(run, from, to))];

    private static double Mean(Trajectory run, int from, int to)
    {
        double sum = 0;
        for (int t = from; t < to; t++) sum += run.Losses[t];
        return sum / (to - from);
    }
}

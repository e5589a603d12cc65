namespace LrNotebooks.Training;

/// <summary>The results of a <see cref="SweepGrid"/>: <c>Results[i]</c> belongs to <c>Points[i]</c>.</summary>
/// <param name="Grid">The grid that was run.</param>
/// <param name="Points">The grid points, in grid order.</param>
/// <param name="Results">One training result per point, in the same order.</param>
public sealed record SweepResult(SweepGrid Grid, IReadOnlyList<SweepPoint> Points, IReadOnlyList<TrainingResult> Results)
{
    /// <summary>The result of one grid cell.</summary>
    public TrainingResult this[int optimizer, int schedule, int learningRate, int seed] => Results[Grid.IndexOf(optimizer, schedule, learningRate, seed)];

    /// <summary>
    /// A table for a heat map: <c>table[schedule, learningRate]</c> = the mean of <paramref name="metric"/> over the
    /// seeds that did not diverge, for optimizer <paramref name="optimizer"/> (as <see cref="SeedSummary"/>); a cell
    /// where every seed diverged holds NaN, which <c>Plots.HeatMap</c> shows as "diverged".
    /// E.g. <c>MeanOverSeeds(r =&gt; r.FinalValidationAccuracy)</c>.
    /// </summary>
    public double[,] MeanOverSeeds(Func<TrainingResult, double?> metric, int optimizer = 0)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var table = new double[Grid.Schedules.Count, Grid.LearningRates.Count];
        for (int s = 0; s < Grid.Schedules.Count; s++)
            for (int l = 0; l < Grid.LearningRates.Count; l++)
            {
                var summary = SeedSummary.Of(Enumerable.Range(0, Grid.Seeds.Count).Select(k => this[optimizer, s, l, k]).ToArray(), metric);
                table[s, l] = summary.HasValue ? summary.Mean : double.NaN;
            }
        return table;
    }

    /// <summary>As <see cref="MeanOverSeeds(Func{TrainingResult, double?}, int)"/>, for a metric that every run has.</summary>
    public double[,] MeanOverSeeds(Func<TrainingResult, double> metric, int optimizer = 0)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return MeanOverSeeds(r => (double?)metric(r), optimizer);
    }
}

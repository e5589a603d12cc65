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
    /// seeds, for optimizer <paramref name="optimizer"/>. E.g. <c>MeanOverSeeds(r =&gt; r.FinalValidationAccuracy)</c>.
    /// </summary>
    public double[,] MeanOverSeeds(Func<TrainingResult, double> metric, int optimizer = 0)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var table = new double[Grid.Schedules.Count, Grid.LearningRates.Count];
        for (int s = 0; s < Grid.Schedules.Count; s++)
            for (int l = 0; l < Grid.LearningRates.Count; l++)
            {
                double sum = 0;
                for (int k = 0; k < Grid.Seeds.Count; k++) sum += metric(this[optimizer, s, l, k]);
                table[s, l] = sum / Grid.Seeds.Count;
            }
        return table;
    }
}

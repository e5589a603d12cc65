using System.Globalization;
using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// A <see cref="SweepResult"/> reduced to one <see cref="SeedSummary"/> per grid cell (optimizer x schedule x learning
/// rate, over the seeds), with the best learning rate of each optimizer and schedule (<see cref="Best(int, int)"/>).
/// </summary>
/// <example><c>var summary = SweepSummary.FinalValidationAccuracy(sweep); summary.Best()</c></example>
public sealed class SweepSummary
{
    private readonly SweepCell[] _cells;

    private SweepSummary(SweepResult result, string metricName, bool higherIsBetter, bool percent, SweepCell[] cells)
    {
        Result = result;
        MetricName = metricName;
        HigherIsBetter = higherIsBetter;
        Percent = percent;
        _cells = cells;
    }

    /// <summary>
    /// Summarises <paramref name="metric"/> over the seeds of every cell of <paramref name="result"/>; diverged runs
    /// are counted and left out of the statistics (see <see cref="SeedSummary"/>).
    /// </summary>
    /// <param name="result">A finished sweep.</param>
    /// <param name="metric">The quantity per run, finite (e.g. <c>r =&gt; r.Epochs[^1].TrainLoss</c>).</param>
    /// <param name="metricName">Its name for table headers, not blank.</param>
    /// <param name="higherIsBetter">True for accuracies, false for losses: decides <see cref="Best(int, int)"/>.</param>
    /// <param name="percent">Show values as percentages (for fractions such as accuracy).</param>
    public static SweepSummary Of(SweepResult result, Func<TrainingResult, double> metric, string metricName, bool higherIsBetter = true, bool percent = false)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Of(result, r => (double?)metric(r), metricName, higherIsBetter, percent);
    }

    /// <summary>As <see cref="Of(SweepResult, Func{TrainingResult, double}, string, bool, bool)"/>, for a metric that some runs lack (null).</summary>
    public static SweepSummary Of(SweepResult result, Func<TrainingResult, double?> metric, string metricName, bool higherIsBetter = true, bool percent = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(metric);
        if (string.IsNullOrWhiteSpace(metricName)) throw new ArgumentException("metricName must not be null, empty or whitespace.", nameof(metricName));
        var grid = result.Grid;
        var cells = new List<SweepCell>(grid.Optimizers.Count * grid.Schedules.Count * grid.LearningRates.Count);
        for (int o = 0; o < grid.Optimizers.Count; o++)
            for (int s = 0; s < grid.Schedules.Count; s++)
                for (int l = 0; l < grid.LearningRates.Count; l++)
                {
                    var runs = Enumerable.Range(0, grid.Seeds.Count).Select(k => result[o, s, l, k]).ToArray();
                    cells.Add(new SweepCell(o, s, l, grid.Optimizers[o].Name, grid.Schedules[s].Name, grid.LearningRates[l], SeedSummary.Of(runs, metric)));
                }
        return new SweepSummary(result, metricName, higherIsBetter, percent, [.. cells]);
    }

    /// <summary>
    /// The final validation accuracy (<see cref="TrainingResult.FinalValidationAccuracy"/>; higher is better, shown in
    /// percent and named "final accuracy" in tables): the course's headline metric.
    /// </summary>
    public static SweepSummary FinalValidationAccuracy(SweepResult result) =>
        Of(result, r => r.FinalValidationAccuracy, "final accuracy", higherIsBetter: true, percent: true);

    /// <summary>The sweep that was summarised.</summary>
    public SweepResult Result { get; }

    /// <summary>The metric's name.</summary>
    public string MetricName { get; }

    /// <summary>Whether a larger mean is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Whether values are shown as percentages.</summary>
    public bool Percent { get; }

    /// <summary>Every cell, ordered optimizer, schedule, learning rate (the last fastest), as in the grid.</summary>
    public IReadOnlyList<SweepCell> Cells => _cells;

    /// <summary>One cell by its grid indices.</summary>
    public SweepCell this[int optimizer, int schedule, int learningRate]
    {
        get
        {
            var grid = Result.Grid;
            Guard.Index(optimizer, grid.Optimizers.Count, nameof(optimizer));
            Guard.Index(schedule, grid.Schedules.Count, nameof(schedule));
            Guard.Index(learningRate, grid.LearningRates.Count, nameof(learningRate));
            return _cells[(optimizer * grid.Schedules.Count + schedule) * grid.LearningRates.Count + learningRate];
        }
    }

    /// <summary>
    /// The learning rate with the best seed mean for one optimizer and schedule. Only cells with a mean compete, and a
    /// cell where fewer seeds diverged always wins (a rate that diverges on some seeds is no good choice, however well
    /// its other seeds did); then the best mean; ties: the smaller learning-rate index.
    /// </summary>
    /// <exception cref="InvalidOperationException">Every run of the row diverged.</exception>
    public SweepCell Best(int optimizer = 0, int schedule = 0)
    {
        var row = Row(optimizer, schedule).Where(c => c.Summary.HasValue).ToArray();
        if (row.Length == 0)
            throw new InvalidOperationException(
                $"Every run of optimizer {Result.Grid.Optimizers[optimizer].Name} with schedule {Result.Grid.Schedules[schedule].Name} diverged: there is no best learning rate.");
        int fewest = row.Min(c => c.Summary.Diverged);
        var candidates = row.Where(c => c.Summary.Diverged == fewest);
        return HigherIsBetter ? candidates.MaxBy(c => c.Summary.Mean)! : candidates.MinBy(c => c.Summary.Mean)!;
    }

    /// <summary>The best learning rate for an optimizer and a schedule given by name (as in the grid's choices).</summary>
    public SweepCell Best(string optimizer, string schedule) => Best(IndexOf(Result.Grid.Optimizers.Select(o => o.Name), optimizer, nameof(optimizer)),
        IndexOf(Result.Grid.Schedules.Select(s => s.Name), schedule, nameof(schedule)));

    /// <summary>
    /// The learning rates of one optimizer and schedule whose seed mean is within <paramref name="tolerance"/> of that
    /// row's best (in metric units, e.g. 0.01 = one accuracy point) and where no more seeds diverged than at the best:
    /// the width of the "good" window.
    /// </summary>
    public IReadOnlyList<double> WithinOfBest(int optimizer, int schedule, double tolerance)
    {
        Guard.NonNegative(tolerance);
        var best = Best(optimizer, schedule).Summary;
        return Row(optimizer, schedule)
            .Where(c => c.Summary.HasValue && c.Summary.Diverged <= best.Diverged && Math.Abs(c.Summary.Mean - best.Mean) <= tolerance)
            .Select(c => c.LearningRate).ToArray();
    }

    /// <summary>
    /// The seed means of one optimizer as <c>[schedule, learningRate]</c>, in display units (percent when
    /// <see cref="Percent"/>), ready for <c>Plots.HeatMap</c>. A cell where every seed diverged has no mean and holds
    /// NaN, which the charts draw as "diverged".
    /// </summary>
    public double[,] Means(int optimizer = 0)
    {
        var grid = Result.Grid;
        Guard.Index(optimizer, grid.Optimizers.Count, nameof(optimizer));
        var table = new double[grid.Schedules.Count, grid.LearningRates.Count];
        for (int s = 0; s < grid.Schedules.Count; s++)
            for (int l = 0; l < grid.LearningRates.Count; l++)
                table[s, l] = Display(this[optimizer, s, l].Summary);
        return table;
    }

    /// <summary>
    /// The seed means of one optimizer and schedule, one per learning rate in grid order, in display units (percent
    /// when <see cref="Percent"/>): the y values of a sweep chart. A learning rate where every seed diverged holds NaN,
    /// which <c>Plots.Sweep</c> draws as "diverged".
    /// </summary>
    public double[] MeansByLearningRate(int optimizer = 0, int schedule = 0) =>
        Row(optimizer, schedule).Select(c => Display(c.Summary)).ToArray();

    // Chart input: the charts' protocol for "no number, diverged" is a non-finite value.
    private double Display(SeedSummary summary) => summary.HasValue ? summary.Mean * (Percent ? 100 : 1) : double.NaN;

    private IEnumerable<SweepCell> Row(int optimizer, int schedule)
    {
        var grid = Result.Grid;
        Guard.Index(optimizer, grid.Optimizers.Count, nameof(optimizer));
        Guard.Index(schedule, grid.Schedules.Count, nameof(schedule));
        return Enumerable.Range(0, grid.LearningRates.Count).Select(l => this[optimizer, schedule, l]);
    }

    private static int IndexOf(IEnumerable<string> names, string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        var list = names.ToList();
        int index = list.IndexOf(name);
        if (index < 0)
            throw new ArgumentException($"{parameter} must be one of the grid's names ({string.Join(", ", list.Select(n => $"\"{n}\""))}), but was \"{name}\".", parameter);
        return index;
    }
}

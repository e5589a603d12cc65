using System.Globalization;
using LrNotebooks.Core;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>
/// The tables a notebook shows for a <see cref="SweepSummary"/>: every cell (<see cref="Table"/>), the best learning
/// rate per optimizer and schedule (<see cref="BestTable"/>) or named cells side by side (<see cref="Scoreboard"/>).
/// </summary>
/// <example><c>var summary = SweepSummary.FinalValidationAccuracy(sweep); summary.BestTable()</c></example>
public static class SweepTables
{
    /// <summary>Every cell as a table row: mean, standard deviation and range over the seeds, diverged runs.</summary>
    public static ResultTable Table(this SweepSummary summary) => Rows(Guard.NotNull(summary), summary.Cells);

    /// <summary>One row per optimizer and schedule: its best learning rate and the seed statistics there.</summary>
    public static ResultTable BestTable(this SweepSummary summary)
    {
        var grid = Guard.NotNull(summary).Result.Grid;
        var best = new List<SweepCell>();
        for (int o = 0; o < grid.Optimizers.Count; o++)
            for (int s = 0; s < grid.Schedules.Count; s++) best.Add(summary.Best(o, s));
        return Rows(summary, best, "best base LR");
    }

    /// <summary>
    /// A scoreboard: one named row per cell, e.g. the best fixed rate next to the best schedule, with the same columns
    /// as <see cref="Table"/> plus the row's name. The cells may come from other summaries of the same metric.
    /// </summary>
    /// <param name="summary">Gives the metric's name and units.</param>
    /// <param name="rows">(setting, cell) pairs, shown in order; names must not be blank.</param>
    public static ResultTable Scoreboard(this SweepSummary summary, IEnumerable<(string Setting, SweepCell Cell)> rows)
    {
        Guard.NotNull(summary);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i].Setting)) throw new ArgumentException($"rows[{i}].Setting must not be null, empty or whitespace.", nameof(rows));
            if (list[i].Cell is null) throw new ArgumentException($"rows[{i}].Cell must not be null.", nameof(rows));
        }
        var columns = new List<(string Header, Func<(string Setting, SweepCell Cell), object?> Cell)>
        {
            ("setting", r => r.Setting), ("optimizer", r => r.Cell.Optimizer), ("schedule", r => r.Cell.Schedule),
        };
        foreach (var (header, cell) in Columns(summary, "base LR", Seeds(list.Select(r => r.Cell))))
            columns.Add((header, r => cell(r.Cell)));
        return ResultTable.From(list, [.. columns]);
    }

    private static ResultTable Rows(SweepSummary summary, IEnumerable<SweepCell> cells, string learningRateHeader = "base LR")
    {
        var grid = summary.Result.Grid;
        var columns = new List<(string Header, Func<SweepCell, object?> Cell)>();
        if (grid.Optimizers.Count > 1) columns.Add(("optimizer", c => c.Optimizer));
        if (grid.Schedules.Count > 1) columns.Add(("schedule", c => c.Schedule));
        columns.AddRange(Columns(summary, learningRateHeader, grid.Seeds.Count.ToString(CultureInfo.InvariantCulture)));
        return ResultTable.From(cells, [.. columns]);
    }

    private static IEnumerable<(string Header, Func<SweepCell, object?> Cell)> Columns(SweepSummary summary, string learningRateHeader, string seeds)
    {
        yield return (learningRateHeader, c => Numbers.Format(c.LearningRate));
        yield return ($"{summary.MetricName} (mean of {seeds} seeds)", c => c.Summary.HasValue ? Value(summary, c.Summary.Mean) : NoValue(c.Summary));
        yield return ("± std", c => c.Summary.HasValue ? Difference(summary, c.Summary.StandardDeviation) : "–");
        yield return ("min – max", c => c.Summary.HasValue ? $"{Value(summary, c.Summary.Min)} – {Value(summary, c.Summary.Max)}" : "–");
        yield return ("diverged", c => string.Create(CultureInfo.InvariantCulture, $"{c.Summary.Diverged}/{c.Summary.Runs}"));
    }

    /// <summary>"3" when every cell has 3 runs, "2–3" otherwise.</summary>
    private static string Seeds(IEnumerable<SweepCell> cells)
    {
        var runs = cells.Select(c => c.Summary.Runs).DefaultIfEmpty(0).ToArray();
        return runs.Min() == runs.Max()
            ? runs[0].ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{runs.Min()}–{runs.Max()}");
    }

    private static string NoValue(SeedSummary summary) => summary.Diverged == summary.Runs ? "all diverged" : "no value";

    private static string Value(SweepSummary summary, double v) => summary.Percent ? Numbers.Percent(v) : Numbers.Format(v);

    private static string Difference(SweepSummary summary, double v) => summary.Percent
        ? Math.Round(v * 100, 1).ToString("0.0", CultureInfo.InvariantCulture) + " pt"
        : Numbers.Format(v);
}

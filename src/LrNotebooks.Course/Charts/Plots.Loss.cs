using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// Loss against step for one or more runs, log y. Diverged runs end at their last finite point, with
    /// "diverged at step k" in the legend and next to that point. Hover: step, learning rate of that step, loss.
    /// </summary>
    /// <example><c>Plots.Loss(slow, good, tooHigh)</c></example>
    public static Figure Loss(params Trajectory[] runs) => Loss((IEnumerable<Trajectory>)runs);

    /// <summary>
    /// Loss against step. On a log axis every positive loss is drawn at its value, however small; losses of exactly 0
    /// are drawn one decade below the smallest positive loss of the chart, and a note under the title says how many.
    /// If a loss is negative the axis falls back to linear and its title says why (pass the surface to plot f - f* instead).
    /// </summary>
    /// <param name="runs">The runs (at least one).</param>
    /// <param name="logY">Logarithmic loss axis (default), the natural scale for gradient descent's geometric decay.</param>
    /// <param name="title">The chart title; default "Loss per step".</param>
    public static Figure Loss(IEnumerable<Trajectory> runs, bool logY = true, string? title = null) =>
        LossChart(null, CheckedRuns(runs, nameof(runs)), logY, title);

    /// <summary>
    /// Loss against step measured from the surface's minimum: when f* != 0 the y axis is the gap f(x) - f*
    /// (the quantity that decays geometrically) and its title says so.
    /// </summary>
    /// <example><c>Plots.Loss(Surface.Rosenbrock(), sgd, adam)</c></example>
    public static Figure Loss(Surface surface, params Trajectory[] runs) => Loss(surface, (IEnumerable<Trajectory>)runs);

    /// <summary>Loss gap f(x) - f* against step; see <see cref="Loss(Surface, Trajectory[])"/>.</summary>
    public static Figure Loss(Surface surface, IEnumerable<Trajectory> runs, bool logY = true, string? title = null)
    {
        Guard.NotNull(surface, nameof(surface));
        return LossChart(surface, CheckedRuns(runs, nameof(runs)), logY, title);
    }

    private static Figure LossChart(Surface? surface, Trajectory[] runs, bool logY, string? title)
    {
        double fStar = surface?.MinimumValue ?? 0;
        bool gap = surface is not null && fStar != 0;
        var values = runs.Select(r => r.Losses.Select(l => l - fStar).ToArray()).ToArray();
        string yTitle = gap ? $"loss gap f(x) − f*   (f* = {NumberText.Short(fStar)})" : "loss f(x)";
        // A negative raw loss cannot be drawn on a log axis; without f* the honest fallback is a linear axis.
        if (logY && surface is null && values.Any(v => v.Any(x => x < 0)))
        {
            logY = false;
            yTitle += "   (linear: some losses are negative)";
        }
        var figure = new FigureBuilder(title ?? "Loss per step", new Axis("step"), new Axis(yTitle, logY));
        // One floor for the whole chart, so a zero of one run is not drawn above a tiny loss of another.
        double floor = LogScale.Floor(values.SelectMany(v => v));
        if (logY) LogScale.NoteFloor(figure, values.SelectMany(v => v), floor, "loss", "losses");
        int lastStep = runs.Max(r => r.Losses.Count - 1), divergedSoFar = 0;
        var styles = NamedStyles.For(runs.Select(r => r.Label).ToArray());
        for (int r = 0; r < runs.Length; r++)
        {
            var run = runs[r];
            string color = styles[r].Color, name = RunLabels.Legend(run);
            var y = values[r].Select(v => (double?)LogScale.Clip(v, floor, logY)).ToArray();
            var custom = Enumerable.Range(0, y.Length)
                .Select(k => new[] { k == 0 ? "(start)" : NumberText.Short(run.LearningRates[k - 1]), NumberText.Short(values[r][k]) })
                .ToArray();
            figure.Add(Traces.Line(name, Traces.Steps(y.Length), y, color, styles[r].Dash, markers: y.Length <= Traces.MarkerLimit, symbol: styles[r].Symbol)
                .Hover($"step %{{x}}<br>learning rate %{{customdata[0]}}<br>{(gap ? "f − f*" : "loss")} %{{customdata[1]}}", custom));
            if (run.Status.Diverged)
                // Near the right end of the axis the label goes to the left of the ✕, where there is room; every second
                // diverged run has its label below the ✕, so runs that blow up a few steps apart do not cover each other's.
                MarkDivergence(figure, name, run.Status, y.Length - 1, y[^1]!.Value, color,
                    y.Length - 1 > 0.8 * lastStep ? -40 : 30, divergedSoFar++ % 2 == 0 ? -30 : 30);
        }
        return figure.Build();
    }

    /// <summary>
    /// An ✕ at the last finite point of a diverged run and the "diverged at step k" label next to it, offset by
    /// (<paramref name="ax"/>, <paramref name="ay"/>) pixels (default: up and to the right).
    /// </summary>
    private static void MarkDivergence(FigureBuilder figure, string group, RunStatus status, double x, double y, string color, int ax = 30, int ay = -30)
    {
        figure.Add(Traces.Points(status.ToString(), [x], [y], color, "x", 11, showLegend: false)
            .Group(group).Hover($"{status}<extra></extra>"));
        figure.Annotate(x, y, status.ToString(), color, ax, ay);
    }
}

using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// Final loss against learning rate for a sweep (log x, log y): the U-shaped curve of the course. Diverged runs
    /// are drawn as ✕ at the top of the chart and labelled "diverged"; an optional dashed line marks the stability
    /// limit 2/L of gradient descent on a quadratic with largest curvature L.
    /// </summary>
    /// <param name="learningRates">The learning rate of each run (finite, &gt; 0).</param>
    /// <param name="runs">The runs, runs[i] made with learningRates[i].</param>
    /// <param name="stabilityLimit">Where to draw the "2/L" line, or null for none.</param>
    /// <example><c>Plots.FinalLossVsLearningRate(lrs, runs, stabilityLimit: bowl.StabilityLimit)</c></example>
    public static Figure FinalLossVsLearningRate(IReadOnlyList<double> learningRates, IReadOnlyList<Trajectory> runs, double? stabilityLimit = null)
    {
        var lrs = LearningRates(learningRates, nameof(learningRates));
        var checkedRuns = CheckedRuns(runs, nameof(runs));
        Guard.SameLength(lrs.Length, checkedRuns.Length, nameof(runs), "one run per learning rate");
        var finals = checkedRuns.Select(r => r.Status.Diverged ? double.NaN : r.FinalLoss).ToArray();
        var markers = stabilityLimit is double s ? new[] { new Marker(Guard.Positive(s, nameof(stabilityLimit)), "2/L") } : [];
        bool log = !finals.Any(v => v < 0);
        var figure = new FigureBuilder("Final loss vs learning rate", new Axis("learning rate", Log: true),
            new Axis(log ? "final loss f(x_T)" : "final loss f(x_T)   (linear: some losses are negative)", log));
        var order = Enumerable.Range(0, lrs.Length).OrderBy(i => lrs[i]).ToArray();
        double floor = LogScale.Floor(finals);
        if (log) LogScale.NoteFloor(figure, finals.Where(double.IsFinite), floor, "final loss", "final losses");
        var x = order.Where(i => double.IsFinite(finals[i])).ToArray();
        figure.Add(Traces.Line("final loss", x.Select(i => (double?)lrs[i]).ToArray(),
                x.Select(i => (double?)LogScale.Clip(finals[i], floor, log)).ToArray(), Palette.Color(0), markers: true)
            .Hover("learning rate %{x:.4g}<br>final loss %{customdata[0]}<br>%{customdata[1]}<extra></extra>",
                x.Select(i => new[] { NumberText.Short(finals[i]), PlotText.Label(checkedRuns[i].Status.ToString()) }).ToArray()));
        var diverged = order.Where(i => checkedRuns[i].Status.Diverged).ToArray();
        AddDivergedRow(figure, "diverged", diverged.Select(i => lrs[i]).ToArray(),
            diverged.Select(i => checkedRuns[i].Status.ToString()).ToArray(), finals, log, Palette.Color(3), 0);
        foreach (var m in markers) AddMarker(figure, m);
        return figure.Build();
    }

    /// <summary>
    /// Any measured quantity against learning rate for a sweep (log x), one line per series, e.g. final loss per
    /// optimizer or steps to converge. Non-finite values (a diverged run) are drawn as ✕ at the top, labelled "diverged".
    /// </summary>
    /// <param name="learningRates">The x values shared by all series (finite, &gt; 0).</param>
    /// <param name="series">The series; each Y has one value per learning rate, X is empty or equal to the learning rates.</param>
    /// <param name="yLabel">The y-axis title with its unit, e.g. "final loss f(x_T)".</param>
    /// <param name="logY">Logarithmic y axis; values &lt;= 0 are then left out and the chart says how many.</param>
    /// <param name="marker">An optional labelled vertical line, e.g. <c>new Marker(2 / L, "2/L")</c>.</param>
    /// <param name="title">The chart title; default "{yLabel} vs learning rate".</param>
    /// <example><c>Plots.Sweep(lrs, [new Series("SGD", sgdFinal), new Series("Adam", adamFinal)], "final loss", logY: true)</c></example>
    public static Figure Sweep(IReadOnlyList<double> learningRates, IEnumerable<Series> series, string yLabel,
        bool logY = false, Marker? marker = null, string? title = null)
    {
        var lrs = LearningRates(learningRates, nameof(learningRates));
        var items = Guard.Items(series, nameof(series));
        Guard.NotBlank(yLabel, nameof(yLabel));
        for (int i = 0; i < items.Length; i++)
        {
            CheckSeries(items[i], i, nameof(series));
            Guard.SameLength(lrs.Length, items[i].Y.Count, $"{nameof(series)}[{i}].Y", "one value per learning rate");
            if (items[i].X.Count != 0 && !items[i].X.SequenceEqual(lrs))
                throw new ArgumentException($"{nameof(series)}[{i}].X must be empty or equal to learningRates (the sweep's x values).", nameof(series));
        }
        if (marker is not null) CheckMarker(marker, true, nameof(marker));
        var figure = new FigureBuilder(title ?? $"{yLabel} vs learning rate", new Axis("learning rate", Log: true), new Axis(yLabel, logY));
        var order = Enumerable.Range(0, lrs.Length).OrderBy(i => lrs[i]).ToArray();
        var all = items.SelectMany(s => s.Y).ToArray();
        int hidden = 0;
        var styles = NamedStyles.For(items.Select(s => s.Name).ToArray());
        for (int k = 0; k < items.Length; k++)
        {
            var s = items[k];
            var shown = order.Where(i => double.IsFinite(s.Y[i]) && (!logY || s.Y[i] > 0)).ToArray();
            hidden += order.Count(i => double.IsFinite(s.Y[i]) && logY && s.Y[i] <= 0);
            figure.Add(Traces.Line(s.Name, shown.Select(i => (double?)lrs[i]).ToArray(), shown.Select(i => (double?)s.Y[i]).ToArray(),
                    styles[k].Color, styles[k].Dash, markers: true, symbol: styles[k].Symbol)
                .Hover("learning rate %{x:.4g}<br>" + PlotText.InTemplate(yLabel) + " %{y:.4g}"));
            var bad = order.Where(i => !double.IsFinite(s.Y[i])).ToArray();
            AddDivergedRow(figure, $"{s.Name}: diverged", bad.Select(i => lrs[i]).ToArray(),
                bad.Select(i => $"{NumberText.Short(s.Y[i])}").ToArray(), all, logY, styles[k].Color, k);
        }
        if (hidden > 0) figure.Note($"{hidden} value(s) ≤ 0 not shown on the log axis");
        if (marker is not null) AddMarker(figure, marker);
        return figure.Build();
    }

    /// <summary>
    /// ✕ markers in a row above all finite values (row <paramref name="row"/> a little higher for each further
    /// series); the leftmost one carries the text "diverged".
    /// </summary>
    private static void AddDivergedRow(FigureBuilder figure, string name, double[] xs, string[] details, IEnumerable<double> finite, bool log, string color, int row)
    {
        if (xs.Length == 0) return;
        var values = finite.Where(double.IsFinite).Where(v => !log || v > 0).ToArray();
        double top;
        if (log)
        {
            double hi = values.Length == 0 ? 1 : values.Max(), decades = values.Length == 0 ? 1 : Math.Log10(hi / values.Min());
            top = hi * Math.Pow(10, Math.Max(0.5, 0.1 * decades) * (1 + row));
        }
        else
        {
            double hi = values.Length == 0 ? 0 : values.Max(), span = values.Length == 0 ? 1 : Math.Max(hi - values.Min(), Math.Abs(hi) * 0.1 + 1e-12);
            top = hi + 0.12 * span * (1 + row);
        }
        var y = xs.Select(_ => (double?)top).ToArray();
        figure.Add(Traces.Points(name, xs.Select(v => (double?)v).ToArray(), y, color, "x", 12)
            .Set("mode", "markers+text").Set("text", xs.Select((_, i) => i == 0 ? "diverged " : "").ToArray())
            .Set("textposition", "middle left").Set("textfont", PlotlyObjects.Font(12, color))
            .Hover("learning rate %{x:.4g}<br>%{customdata}<extra></extra>", details.Select(PlotText.Label).ToArray()));
    }

    /// <summary>"2/L = 0.5" for a symbol, "warm-up ends: 10" for words.</summary>
    private static void AddMarker(FigureBuilder figure, Marker marker) =>
        figure.VerticalLine(marker.X, marker.Label + (marker.Label.Any(char.IsWhiteSpace) ? ": " : " = ") + NumberText.Short(marker.X), Palette.Neutral);

    private static double[] LearningRates(IReadOnlyList<double>? learningRates, string name)
    {
        var lrs = Guard.NotNull(learningRates, name).ToArray();
        if (lrs.Length == 0)
            throw new ArgumentException($"{name} must contain at least one learning rate (length >= 1), but was empty.", name);
        for (int i = 0; i < lrs.Length; i++)
            if (!double.IsFinite(lrs[i]) || lrs[i] <= 0)
                throw new ArgumentOutOfRangeException(name, lrs[i], $"{name}[{i}] must be a finite number > 0 (it is drawn on a log axis), but was {NumberText.Short(lrs[i])}.");
        return lrs;
    }

    private static void CheckSeries(Series? s, int index, string name)
    {
        if (s is null) throw new ArgumentNullException(name, $"{name}[{index}] must not be null.");
        if (s.Name is null || s.X is null || s.Y is null)
            throw new ArgumentException($"{name}[{index}] must have a Name, X and Y (none null).", name);
    }

    private static void CheckMarker(Marker? m, bool logX, string name)
    {
        if (m is null) throw new ArgumentNullException(name, $"{name} must not be null.");
        if (!double.IsFinite(m.X) || (logX && m.X <= 0))
            throw new ArgumentOutOfRangeException(name, m.X, $"{name}.X must be a finite number{(logX ? " > 0 (the x axis is logarithmic)" : "")}, but was {NumberText.Short(m.X)}.");
        if (m.Label is null) throw new ArgumentException($"{name}.Label must not be null.", name);
    }
}

using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    private const int ContourGrid = 81;
    private const string PathSymbols = "○ start   □ end   ✕ diverged";

    /// <summary>
    /// Optimizer paths over the contour map of a 2-D surface: the start (○) and end (□) of every run, the known
    /// minima (★ global, ◆ local), and paths clipped to the surface's plotting domain. A diverged run ends with ✕
    /// where it leaves the domain (or at its last finite point) and is labelled "diverged at step k".
    /// Levels are log-spaced in f - f* when the surface spans several decades (Rosenbrock), linear otherwise.
    /// </summary>
    /// <example><c>Plots.Contour(Surface.Rosenbrock(), Descent.Run(Surface.Rosenbrock(), Optimizer.Adam(0.05), [-1.5, 2], 500))</c></example>
    public static Figure Contour(Surface surface, params Trajectory[] runs) => Contour(surface, runs, levels: true);

    /// <summary>
    /// The contour figure with or without its levels: explorables draw the levels once, as a background shared by
    /// every value of a control, and only the paths per value.
    /// </summary>
    internal static Figure Contour(Surface surface, Trajectory[] runs, bool levels)
    {
        var (domain, checkedRuns) = CheckedSurfaceAndRuns(surface, runs, 2, "a contour plot", "Plots.Curve for 1-D surfaces");
        var figure = new FigureBuilder($"{surface.Name}: paths over the contours",
            new Axis("x", Range: (domain.XMin, domain.XMax)), new Axis("y", Range: (domain.YMin, domain.YMax)), 560);
        double aspect = (domain.XMax - domain.XMin) / (domain.YMax - domain.YMin);
        figure.EqualAspect = aspect is >= 0.4 and <= 2.5;
        if (levels) figure.Add(ContourTrace(surface, domain));
        var styles = NamedStyles.For(checkedRuns.Select(r => r.Label).ToArray());
        var xs = checkedRuns.Select(r => r.Points.Select(p => p[0]).ToArray()).ToArray();
        var ys = checkedRuns.Select(r => r.Points.Select(p => p[1]).ToArray()).ToArray();
        var widths = Overlap.Widths(xs, ys, domain);
        for (int r = 0; r < checkedRuns.Length; r++)
            AddPath(figure, checkedRuns[r], styles[r], domain, xs[r], ys[r], widths[r]);
        AddMinima(figure, surface, p => (p[0], p[1]));
        figure.Note(PathSymbols);
        return figure.Build();
    }

    /// <summary>The surface's plotting domain and the runs, checked: right dimension, finite domain, points matching it.</summary>
    private static (PlotDomain Domain, Trajectory[] Runs) CheckedSurfaceAndRuns(Surface? surface, Trajectory[]? runs, int dimension, string chart, string instead)
    {
        Guard.NotNull(surface, nameof(surface));
        if (surface!.Dimension != dimension)
            throw new ArgumentException($"surface must be {dimension}-dimensional for {chart}, but {surface.Name} has dimension {surface.Dimension}; use {instead}.", nameof(surface));
        var domain = CheckedDomain(surface);
        return (domain, runs is { Length: 0 } ? runs : CheckedRuns(runs, nameof(runs), dimension));
    }

    private static PlotDomain CheckedDomain(Surface surface)
    {
        var d = surface.Domain ?? throw new ArgumentException($"surface {surface.Name} has no plotting domain.", nameof(surface));
        if (!(double.IsFinite(d.XMin) && double.IsFinite(d.XMax) && double.IsFinite(d.YMin) && double.IsFinite(d.YMax)
              && d.XMax > d.XMin && d.YMax > d.YMin))
            throw new ArgumentException($"surface {surface.Name} must have a finite, non-empty plotting domain (XMin < XMax, YMin < YMax), but had {d}.", nameof(surface));
        return d;
    }

    private static Trace ContourTrace(Surface surface, PlotDomain d)
    {
        var xs = Grid(d.XMin, d.XMax, ContourGrid);
        var ys = Grid(d.YMin, d.YMax, ContourGrid);
        var f = new double[ContourGrid][];
        double lowest = surface.MinimumValue;
        for (int j = 0; j < ContourGrid; j++)
        {
            f[j] = new double[ContourGrid];
            for (int i = 0; i < ContourGrid; i++)
            {
                f[j][i] = surface.Value(xs[i], ys[j]);
                if (double.IsFinite(f[j][i])) lowest = Math.Min(lowest, f[j][i]);
            }
        }
        var gaps = f.SelectMany(row => row).Where(double.IsFinite).Select(v => v - lowest).ToArray();
        double maxGap = gaps.Length == 0 ? 1 : gaps.Max();
        // Log-spaced levels when linear ones would paint most of the picture one flat colour: the lowest tenth of the
        // grid lies more than two decades below the highest point (a steep wall around a flat valley, e.g. Rosenbrock).
        double low = gaps.Length == 0 ? 0 : gaps.Order().ElementAt(gaps.Length / 10);
        bool log = maxGap > 0 && maxGap > 100 * low;
        double offset = maxGap * 1e-5;
        var z = f.Select(row => row.Select(v => !double.IsFinite(v) ? (double?)null
            : NumberText.Rounded(log ? Math.Log10(v - lowest + offset) : v, 5)).ToArray()).ToArray();
        var text = f.Select(row => row.Select(v => NumberText.Rounded(v, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var colorBar = new ColorBar().Set("thickness", 14).Set("outlinewidth", 0)
            .Set("title", PlotlyObjects.Title(log ? "f − f*" : "f(x, y)", 13));
        var contours = new Plotly.NET.TraceObjects.Contours().Set("coloring", "fill").Set("showlines", true);
        if (log)
        {
            int lo = (int)Math.Floor(Math.Log10(offset)), hi = (int)Math.Ceiling(Math.Log10(maxGap + offset));
            contours.Set("start", (double)lo).Set("end", (double)hi).Set("size", 0.5);
            var ticks = NumberText.DecadeTicks(lo, hi);
            colorBar.Set("tickvals", ticks.Select(t => (double)t).ToArray())
                .Set("ticktext", ticks.Select(NumberText.PowerOfTen).ToArray());
        }
        else
        {
            double size = NiceStep(maxGap / 15);
            contours.Set("start", Math.Floor(lowest / size) * size).Set("end", lowest + maxGap).Set("size", size);
        }
        return new Trace2D("contour")
            .Set("name", log ? "log-spaced levels of f − f*" : "levels of f")
            .Set("x", xs).Set("y", ys).Set("z", z).Set("text", text)
            .Set("autocontour", false).Set("contours", contours)
            .Set("colorscale", ContourColors).Set("line", PlotlyObjects.Line("rgba(60,70,90,0.35)", 0.8))
            .Set("colorbar", colorBar).Set("showlegend", false)
            .Hover("x %{x:.3g}, y %{y:.3g}<br>f %{text}<extra></extra>");
    }

    /// <summary>A light blue-to-sand scale: low valleys darker, so coloured paths stay the strongest marks.</summary>
    private static readonly object[][] ContourColors =
    [
        [0.0, "#9DBAD5"], [0.25, "#C7D9E8"], [0.5, "#E5EDF3"], [0.75, "#F4F1E8"], [1.0, "#FBF6EC"],
    ];

    /// <summary>The 1, 2, 2.5 or 5 x 10^k nearest above <paramref name="raw"/>, so level values read as round numbers.</summary>
    private static double NiceStep(double raw)
    {
        if (!(raw > 0) || !double.IsFinite(raw)) return 1;
        double decade = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * decade).First(v => v >= raw * 0.999);
    }

    private static double[] Grid(double min, double max, int n) =>
        Enumerable.Range(0, n).Select(i => min + (max - min) * i / (n - 1)).ToArray();

    private static void AddMinima(FigureBuilder figure, Surface surface, Func<double[], (double X, double Y)> position)
    {
        var minima = surface.Minima ?? [];
        foreach (var global in new[] { true, false })
        {
            var chosen = minima.Where(m => m.IsGlobal == global && m.Location is not null && m.Location.All(double.IsFinite)).ToArray();
            if (chosen.Length == 0) continue;
            var pos = chosen.Select(m => position(m.Location)).ToArray();
            figure.Add(Traces.Points(global ? "global minimum" : "local minimum",
                    pos.Select(p => (double?)p.X).ToArray(), pos.Select(p => (double?)p.Y).ToArray(),
                    global ? "#000000" : "#555555", global ? "star" : "diamond", global ? 15 : 11, outline: "white")
                .Hover((global ? "global" : "local") + " minimum<br>f = %{customdata}<extra></extra>",
                    chosen.Select(m => NumberText.Short(m.Value)).ToArray()));
        }
    }

    /// <summary>One run's path (clipped to the domain), its start and end marks, and the divergence label.</summary>
    private static void AddPath(FigureBuilder figure, Trajectory run, SeriesStyle style, PlotDomain domain, double[] xs, double[] ys, double width = 2)
    {
        string color = style.Color, name = RunLabels.Legend(run);
        var pieces = DomainClipper.Clip(xs, ys, domain).Select(p => Thin(p, domain)).ToList();
        var x = new List<double?>();
        var y = new List<double?>();
        var custom = new List<string[]>();
        foreach (var piece in pieces)
        {
            if (x.Count > 0)
            {
                x.Add(null);
                y.Add(null);
                custom.Add(["", "", ""]);
            }
            for (int i = 0; i < piece.Count; i++)
            {
                var v = piece[i];
                x.Add(v.X);
                y.Add(v.Y);
                custom.Add(v.OnBoundary
                    ? [$"{v.Step}→{v.Step + 1} ({(i == 0 ? "enters" : "leaves")} the plotted area)", NumberText.Short(run.LearningRates[v.Step]), "—"]
                    : [v.Step.ToString(System.Globalization.CultureInfo.InvariantCulture),
                       v.Step == 0 ? "(start)" : NumberText.Short(run.LearningRates[v.Step - 1]), NumberText.Short(run.Losses[v.Step])]);
            }
        }
        // A path drawn over a coinciding one gets markers too, so it shows where the line beneath is covered.
        bool markers = run.StepsTaken <= Traces.MarkerLimit || width < Overlap.Alone;
        figure.Add(Traces.Line(name, x, y, color, style.Dash, width, markers, symbol: style.Symbol).Group(name)
            .Hover("step %{customdata[0]}<br>(%{x:.4g}, %{y:.4g})<br>learning rate %{customdata[1]}<br>loss %{customdata[2]}", custom.ToArray()));
        if (DomainClipper.Inside(xs[0], ys[0], domain))
            figure.Add(Traces.Points("start", [xs[0]], [ys[0]], "white", "circle", 11, false, color).Group(name)
                .Hover($"start of {PlotText.Label(run.Label)}<br>(%{{x:.4g}}, %{{y:.4g}})<extra></extra>"));
        var last = pieces.Count > 0 ? pieces[^1][^1] : (DomainClipper.Vertex?)null;
        if (run.Status.Diverged)
        {
            // The label points into the picture, so an exit at an edge does not push it off the chart or into the title.
            if (last is { } l)
                MarkDivergence(figure, name, run.Status, l.X, l.Y, color,
                    l.X > (domain.XMin + domain.XMax) / 2 ? -40 : 40, l.Y > (domain.YMin + domain.YMax) / 2 ? 30 : -30);
            else figure.Note($"{run.Label}: {run.Status}, outside the plotted area");
        }
        else if (last is { OnBoundary: false } end && end.Step == run.StepsTaken)
        {
            figure.Add(Traces.Points("end", [end.X], [end.Y], color, "square", 10, false, "white").Group(name)
                .Hover($"end of {PlotText.Label(run.Label)} ({run.Status})<br>(%{{x:.4g}}, %{{y:.4g}})<extra></extra>"));
        }
    }

    /// <summary>
    /// Leaves out iterates that lie within 0.2 % of the plot's diagonal of the last one kept (a slow run creeping
    /// along a valley): they draw nothing visible, but thousands of them would bloat the notebook. Boundary
    /// crossings and the first and last iterate are always kept, so the path's shape and ends are exact.
    /// </summary>
    private static List<DomainClipper.Vertex> Thin(List<DomainClipper.Vertex> piece, PlotDomain d)
    {
        double tolerance = 0.002 * Math.Sqrt(Math.Pow(d.XMax - d.XMin, 2) + Math.Pow(d.YMax - d.YMin, 2));
        var kept = new List<DomainClipper.Vertex>(piece.Count);
        for (int i = 0; i < piece.Count; i++)
        {
            var v = piece[i];
            if (i == 0 || i == piece.Count - 1 || v.OnBoundary || Math.Sqrt(Math.Pow(v.X - kept[^1].X, 2) + Math.Pow(v.Y - kept[^1].Y, 2)) >= tolerance)
                kept.Add(v);
        }
        return kept;
    }
}

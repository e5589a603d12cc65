using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    private const int CurveSamples = 400;

    /// <summary>Iterates after this many steps are drawn but no longer numbered or given an arrow.</summary>
    private const int NumberedSteps = 12;

    /// <summary>
    /// A 1-D surface f(x) with the iterates of each run on it: numbered points x0, x1, ... joined by arrows for the
    /// first steps (the picture of the parabola lesson: a small rate creeps down one side, a large one zig-zags
    /// across the minimum, a too-large one climbs out). Points outside the plotting domain are clipped; a diverged
    /// run is labelled "diverged at step k" where it leaves the picture.
    /// </summary>
    /// <example><c>Plots.Curve(Surface.Parabola(1), Descent.Run(Surface.Parabola(1), Optimizer.Sgd(1.8), [2.0], 10))</c></example>
    public static Figure Curve(Surface surface, params Trajectory[] runs)
    {
        var (domain, checkedRuns) = CheckedSurfaceAndRuns(surface, runs, 1, "a curve plot", "Plots.Contour for 2-D surfaces");
        var figure = new FigureBuilder($"{surface.Name}: iterates on the loss curve",
            new Axis("parameter x", Range: (domain.XMin, domain.XMax)), new Axis("loss f(x)", Range: (domain.YMin, domain.YMax)));

        var xs = Grid(domain.XMin, domain.XMax, CurveSamples);
        var fx = xs.Select(x => surface.Value(x)).ToArray();
        figure.Add(Traces.Line("f(x)", xs.Select(x => (double?)x).ToArray(), Traces.Finite(fx), "#4D4D4D", width: 2)
            .Hover("x %{x:.4g}<br>f(x) %{y:.4g}<extra>f(x)</extra>"));

        var styles = NamedStyles.For(checkedRuns.Select(r => r.Label).ToArray());
        for (int r = 0; r < checkedRuns.Length; r++)
        {
            var run = checkedRuns[r];
            var px = run.Points.Select(p => p[0]).ToArray();
            var py = run.Losses.ToArray();
            AddPath(figure, run, styles[r], domain, px, py);
            AddStepArrows(figure, px, py, domain, styles[r].Color);
        }
        AddMinima(figure, surface, p => (p[0], surface.Value(p[0])));
        if (checkedRuns.Length > 0) figure.Note($"{PathSymbols}   numbers: steps taken");
        return figure.Build();
    }

    /// <summary>Numbers x0, x1, ... and an arrow per step for the first steps whose both ends are visible.</summary>
    private static void AddStepArrows(FigureBuilder figure, double[] xs, double[] ys, PlotDomain domain, string color)
    {
        int count = Math.Min(xs.Length, NumberedSteps + 1);
        // Number an iterate only if it is not on top of one already numbered (converging runs bunch up at the minimum).
        double minGap = 0.035;
        var visible = new List<int>();
        for (int k = 0; k < count; k++)
        {
            if (!DomainClipper.Inside(xs[k], ys[k], domain)) continue;
            double Dist(int j) => Math.Max(Math.Abs(xs[k] - xs[j]) / (domain.XMax - domain.XMin), Math.Abs(ys[k] - ys[j]) / (domain.YMax - domain.YMin));
            if (visible.All(j => Dist(j) >= minGap)) visible.Add(k);
        }
        figure.Add(Traces.Points("step numbers", visible.Select(k => (double?)xs[k]).ToArray(), visible.Select(k => (double?)ys[k]).ToArray(),
                color, "circle", 1, showLegend: false)
            .Set("mode", "text").Set("text", visible.Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .Set("textposition", "top center").Set("textfont", PlotlyObjects.Font(12, color)).Set("hoverinfo", "skip"));
        for (int k = 0; k + 1 < count; k++)
            if (DomainClipper.Inside(xs[k], ys[k], domain) && DomainClipper.Inside(xs[k + 1], ys[k + 1], domain)
                && (xs[k] != xs[k + 1] || ys[k] != ys[k + 1]))
                figure.Arrow(xs[k], ys[k], xs[k + 1], ys[k + 1], color);
    }
}

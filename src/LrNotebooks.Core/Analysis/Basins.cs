using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// Which minimum a run ended in, and grids of starting points to ask that question for many starts at once
/// (the basins of attraction of a surface under a given optimizer and learning rate).
/// </summary>
public static class Basins
{
    /// <summary>The known minimum of <paramref name="surface"/> closest (Euclidean) to <paramref name="point"/>.</summary>
    public static SurfaceMinimum Nearest(Surface surface, IReadOnlyList<double> point)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(point);
        Guard.SameLength(surface.Dimension, point.Count, nameof(point));
        SurfaceMinimum best = surface.Minima[0];
        double bestDistance = double.PositiveInfinity;
        foreach (SurfaceMinimum minimum in surface.Minima)
        {
            double distance = 0;
            for (int i = 0; i < point.Count; i++) distance += (point[i] - minimum.Location[i]) * (point[i] - minimum.Location[i]);
            if (distance < bestDistance) (best, bestDistance) = (minimum, distance);
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="run"/> ended at a global minimum: it did not diverge and its final loss is within
    /// <paramref name="tolerance"/> of f*. (A loss test, so it also works for surfaces whose list of local minima
    /// is not exhaustive, such as Rastrigin.)
    /// </summary>
    public static bool EndsInGlobalMinimum(Surface surface, Trajectory run, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(run);
        Guard.NonNegative(tolerance);
        return !run.Status.Diverged && run.FinalLoss - surface.MinimumValue <= tolerance;
    }

    /// <summary>
    /// Whether <paramref name="run"/> ended near the non-global minimum <paramref name="minimum"/>: it did not
    /// diverge, its final point is within <paramref name="radius"/> of the minimum's location, and that minimum
    /// is not global.
    /// </summary>
    public static bool EndsInLocalMinimum(Trajectory run, SurfaceMinimum minimum, double radius)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(minimum);
        Guard.Positive(radius);
        if (run.Status.Diverged || minimum.IsGlobal) return false;
        double distance = 0;
        for (int i = 0; i < minimum.Location.Length; i++) distance += Math.Pow(run.FinalPoint[i] - minimum.Location[i], 2);
        return Math.Sqrt(distance) <= radius;
    }

    /// <summary>
    /// Counts where the runs from a common grid of starts ended, one row per learning rate. The first learning
    /// rate is the reference: a start is <em>trapped</em> when its reference run ended at a non-global minimum,
    /// and a later row's <see cref="BasinCensus.Escaped"/> counts the trapped starts that reached a global
    /// minimum at that row's rate. Pass the smallest rate first to ask "does a larger rate escape, and from how
    /// many starts?".
    /// </summary>
    /// <param name="surface">The surface the runs were made on.</param>
    /// <param name="learningRates">The learning rates, the reference first.</param>
    /// <param name="runs">runs[i][j] is the run at learningRates[i] from start j (the same starts, in the same order, for every rate).</param>
    /// <param name="tolerance">Loss gap to f* within which a run counts as at a global minimum.</param>
    /// <param name="radius">Distance to a listed local minimum within which a run counts as at that minimum.</param>
    public static IReadOnlyList<BasinCensus> Census(Surface surface, IReadOnlyList<double> learningRates,
        IReadOnlyList<IReadOnlyList<Trajectory>> runs, double tolerance = 1e-6, double radius = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(runs);
        Guard.AtLeast(learningRates.Count, 1, nameof(learningRates));
        Guard.SameLength(learningRates.Count, runs.Count, nameof(runs));
        int starts = runs[0].Count;
        for (int i = 0; i < runs.Count; i++)
            if (runs[i] is null || runs[i].Count != starts)
                throw new ArgumentException($"runs[{i}] must hold one run per start ({starts}, like runs[0]), but held {runs[i]?.Count.ToString() ?? "null"}.", nameof(runs));
        Guard.NonNegative(tolerance);
        Guard.Positive(radius);

        SurfaceMinimum[] locals = [.. surface.Minima.Where(m => !m.IsGlobal)];
        bool AtGlobal(Trajectory run) => EndsInGlobalMinimum(surface, run, tolerance);
        bool AtLocal(Trajectory run) => !AtGlobal(run) && locals.Any(m => EndsInLocalMinimum(run, m, radius));

        bool[] trapped = [.. runs[0].Select(AtLocal)];
        var census = new BasinCensus[learningRates.Count];
        for (int i = 0; i < census.Length; i++)
        {
            IReadOnlyList<Trajectory> row = runs[i];
            int global = row.Count(AtGlobal), local = row.Count(AtLocal);
            int escaped = Enumerable.Range(0, starts).Count(j => trapped[j] && AtGlobal(row[j]));
            census[i] = new BasinCensus(learningRates[i], starts, global, local, starts - global - local,
                row.Count(r => r.Status.Diverged), trapped.Count(t => t), escaped);
        }
        return census;
    }

    /// <summary>
    /// Runs <paramref name="optimizer"/> from every start for every learning rate (in parallel over the rates with
    /// <see cref="Sweep.Map"/>, so the result is deterministic) and returns the <see cref="Census"/> of where the runs
    /// ended. The first learning rate is the reference that decides which starts are trapped.
    /// </summary>
    /// <param name="surface">The surface.</param>
    /// <param name="starts">The starting points, e.g. from <see cref="StartGrid"/>.</param>
    /// <param name="learningRates">The learning rates, the reference (smallest) first.</param>
    /// <param name="optimizer">Makes the optimizer for a learning rate, e.g. <c>lr =&gt; Optimizer.Sgd(lr)</c>.</param>
    /// <param name="options">The run options of every run (steps, tolerance, ...).</param>
    /// <param name="tolerance">Loss gap to f* within which a run counts as at a global minimum.</param>
    /// <param name="radius">Distance to a listed local minimum within which a run counts as at that minimum.</param>
    public static IReadOnlyList<BasinCensus> Survey(Surface surface, IReadOnlyList<double[]> starts,
        IReadOnlyList<double> learningRates, Func<double, Optimizer> optimizer, RunOptions options,
        double tolerance = 1e-6, double radius = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(options);
        Guard.AtLeast(starts.Count, 1, nameof(starts));
        IReadOnlyList<Trajectory>[] runs = Sweep.Map(learningRates, lr =>
            (IReadOnlyList<Trajectory>)[.. starts.Select(start => Descent.Run(surface, optimizer(lr), start, options))]);
        return Census(surface, learningRates, runs, tolerance, radius);
    }

    /// <summary>
    /// An evenly spaced grid of starting points inside the surface's plotting domain, shrunk by
    /// <paramref name="margin"/> (a fraction of each side) so no start sits on the border: <paramref name="perAxis"/>
    /// points for a 1-D surface, <paramref name="perAxis"/>² points (row by row) for a 2-D one.
    /// </summary>
    public static double[][] StartGrid(Surface surface, int perAxis, double margin = 0.05)
    {
        ArgumentNullException.ThrowIfNull(surface);
        Guard.AtLeast(perAxis, 1);
        Guard.InRange(margin, 0, 0.5, maxInclusive: false);
        PlotDomain d = surface.Domain;
        double[] xs = Axis(d.XMin, d.XMax, perAxis, margin);
        if (surface.Dimension == 1) return [.. xs.Select(x => new[] { x })];
        double[] ys = Axis(d.YMin, d.YMax, perAxis, margin);
        return [.. ys.SelectMany(y => xs.Select(x => new[] { x, y }))];
    }

    private static double[] Axis(double min, double max, int count, double margin)
    {
        double lo = min + margin * (max - min), hi = max - margin * (max - min);
        if (count == 1) return [(lo + hi) / 2];
        return [.. Enumerable.Range(0, count).Select(i => lo + (hi - lo) * i / (count - 1))];
    }
}

using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>
/// Finds paths that coincide on a chart (three learning rates crawling along the same ridge) and widens the ones
/// beneath, so every path stays visible as a band around the ones drawn over it.
/// </summary>
internal static class Overlap
{
    /// <summary>The line width of a path that no later path covers.</summary>
    public const double Alone = 2;

    /// <summary>How much wider a path is drawn per later path that coincides with it.</summary>
    private const double Band = 2.5;

    /// <summary>Cells per axis of the grid on which paths are compared.</summary>
    private const int Cells = 120;

    /// <summary>
    /// Two paths coincide when at least this share of the grid cells one of them passes through are passed through
    /// by the other too.
    /// </summary>
    private const double Shared = 0.5;

    /// <summary>The line width of each path: <see cref="Alone"/> plus a band per later path coinciding with it.</summary>
    public static double[] Widths(IReadOnlyList<double[]> xs, IReadOnlyList<double[]> ys, PlotDomain domain)
    {
        var cells = xs.Select((x, r) => CellsOf(x, ys[r], domain)).ToArray();
        var widths = new double[cells.Length];
        for (int r = 0; r < cells.Length; r++)
        {
            int over = 0;
            for (int later = r + 1; later < cells.Length; later++)
                if (Coincide(cells[r], cells[later])) over++;
            widths[r] = Alone + Band * over;
        }
        return widths;
    }

    private static bool Coincide(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        int common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return common >= Shared * Math.Min(a.Count, b.Count);
    }

    /// <summary>The grid cells a path passes through inside the domain (its segments sampled at a fifth of a cell).</summary>
    private static HashSet<int> CellsOf(double[] x, double[] y, PlotDomain d)
    {
        var cells = new HashSet<int>();
        double cw = (d.XMax - d.XMin) / Cells, ch = (d.YMax - d.YMin) / Cells;
        void Add(double px, double py)
        {
            if (!(px >= d.XMin && px <= d.XMax && py >= d.YMin && py <= d.YMax)) return;
            int i = Math.Min(Cells - 1, (int)((px - d.XMin) / cw)), j = Math.Min(Cells - 1, (int)((py - d.YMin) / ch));
            cells.Add(i * Cells + j);
        }
        for (int k = 0; k < x.Length; k++)
        {
            if (!double.IsFinite(x[k]) || !double.IsFinite(y[k])) break;
            Add(x[k], y[k]);
            if (k + 1 >= x.Length || !double.IsFinite(x[k + 1]) || !double.IsFinite(y[k + 1])) continue;
            // Only segments that stay inside the domain are sampled; a jump across the picture is not a path.
            if (Math.Abs(x[k + 1] - x[k]) > d.XMax - d.XMin || Math.Abs(y[k + 1] - y[k]) > d.YMax - d.YMin) continue;
            int samples = (int)Math.Min(400, Math.Ceiling(5 * Math.Max(Math.Abs(x[k + 1] - x[k]) / cw, Math.Abs(y[k + 1] - y[k]) / ch)));
            for (int s = 1; s < samples; s++)
                Add(x[k] + (x[k + 1] - x[k]) * s / samples, y[k] + (y[k + 1] - y[k]) * s / samples);
        }
        return cells;
    }
}

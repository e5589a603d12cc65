using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Charts;

/// <summary>
/// Cuts a path of iterates to a plotting box (Liang–Barsky line clipping). A run that oscillates out of the box
/// and back is drawn as separate pieces; a diverging run ends where it leaves the box instead of sending
/// coordinates like 1e150 to the browser.
/// </summary>
internal static class DomainClipper
{
    /// <summary>A point of a clipped path: an iterate (Step = its index) or a boundary crossing during step Step + 1.</summary>
    public readonly record struct Vertex(double X, double Y, int Step, bool OnBoundary);

    /// <summary>The visible pieces of the path through (xs[i], ys[i]), in order.</summary>
    public static List<List<Vertex>> Clip(IReadOnlyList<double> xs, IReadOnlyList<double> ys, PlotDomain box)
    {
        var pieces = new List<List<Vertex>>();
        List<Vertex>? current = null;
        if (xs.Count == 1)
        {
            if (Inside(xs[0], ys[0], box)) pieces.Add([new Vertex(xs[0], ys[0], 0, false)]);
            return pieces;
        }

        for (int i = 0; i + 1 < xs.Count; i++)
        {
            double px = xs[i], py = ys[i], dx = xs[i + 1] - px, dy = ys[i + 1] - py;
            if (!double.IsFinite(dx) || !double.IsFinite(dy) || !Segment(px, py, dx, dy, box, out double t0, out double t1))
            {
                current = null;
                continue;
            }
            if (current is null || t0 > 0)
            {
                current = [];
                pieces.Add(current);
                current.Add(t0 > 0 ? new Vertex(px + t0 * dx, py + t0 * dy, i, true) : new Vertex(px, py, i, false));
            }
            if (t1 < 1)
            {
                current.Add(new Vertex(px + t1 * dx, py + t1 * dy, i, true));
                current = null;
            }
            else
            {
                current.Add(new Vertex(xs[i + 1], ys[i + 1], i + 1, false));
            }
        }
        return pieces;
    }

    public static bool Inside(double x, double y, PlotDomain box) =>
        x >= box.XMin && x <= box.XMax && y >= box.YMin && y <= box.YMax;

    /// <summary>The parameter interval [t0, t1] of p + t d, 0 &lt;= t &lt;= 1, that lies inside the box.</summary>
    private static bool Segment(double px, double py, double dx, double dy, PlotDomain box, out double t0, out double t1)
    {
        t0 = 0;
        t1 = 1;
        return Edge(-dx, px - box.XMin, ref t0, ref t1) && Edge(dx, box.XMax - px, ref t0, ref t1)
            && Edge(-dy, py - box.YMin, ref t0, ref t1) && Edge(dy, box.YMax - py, ref t0, ref t1);
    }

    private static bool Edge(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0) return q >= 0;
        double r = q / p;
        if (p < 0)
        {
            if (r > t1) return false;
            if (r > t0) t0 = r;
        }
        else
        {
            if (r < t0) return false;
            if (r < t1) t1 = r;
        }
        return true;
    }
}

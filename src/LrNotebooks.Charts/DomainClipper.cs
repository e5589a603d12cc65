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
        double t0 = 0, t1 = 1;
        if (xs.Count == 1)
        {
            if (Inside(xs[0], ys[0], box)) pieces.Add([new Vertex(xs[0], ys[0], 0, false)]);
            return pieces;
        }

        for (int i = 0; i + 1 < xs.Count; i++)
        {
            double px = xs[i], py = ys[i], qx = xs[i + 1], qy = ys[i + 1], dx = qx - px, dy = qy - py;
            // Whether an end is inside is decided exactly; the crossing points come from the line parameters and
            // are clamped to the box, since with coordinates near 1e308 the parameters lose all their digits.
            bool inP = Inside(px, py, box), inQ = Inside(qx, qy, box);
            bool crosses = double.IsFinite(dx) && double.IsFinite(dy) && Segment(px, py, dx, dy, box, out t0, out t1);
            if (!inP && !inQ && !crosses)
            {
                current = null;
                continue;
            }
            if (!inP || current is null)
            {
                current = [];
                pieces.Add(current);
                if (inP) current.Add(new Vertex(px, py, i, false));
                else if (crosses) current.Add(Clamped(px + t0 * dx, py + t0 * dy, i, box));
            }
            if (inQ)
            {
                current.Add(new Vertex(qx, qy, i + 1, false));
            }
            else
            {
                if (crosses) current.Add(Clamped(px + t1 * dx, py + t1 * dy, i, box));
                current = null;
            }
        }
        return pieces;
    }

    private static Vertex Clamped(double x, double y, int step, PlotDomain box) =>
        new(Math.Clamp(x, box.XMin, box.XMax), Math.Clamp(y, box.YMin, box.YMax), step, true);

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

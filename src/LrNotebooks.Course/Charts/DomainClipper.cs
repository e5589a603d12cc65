using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>
/// Cuts a path of iterates to a plotting box. A step that leaves the box is drawn up to the edge and a step that
/// comes back is drawn from the edge, so a run that oscillates out and back is drawn as separate pieces, and a
/// diverging run ends where it leaves the box instead of sending coordinates like 1e150 to the browser.
/// </summary>
/// <remarks>
/// A step between two iterates that both lie outside the box is never drawn, even if its straight line crosses
/// the box: the line between two unseen positions is not where the run went (gradient descent jumps), and for a
/// run whose amplitude grows while it flips sign (η &gt; 2/λ along one axis) those chords are a bundle of
/// parallel lines across the whole picture.
/// </remarks>
internal static class DomainClipper
{
    /// <summary>
    /// A point of a clipped path: an iterate (Step = its index), or the point where step Step → Step + 1 crosses the
    /// boundary (OnBoundary; the first vertex of a piece when the run comes back, the last when it leaves).
    /// </summary>
    public readonly record struct Vertex(double X, double Y, int Step, bool OnBoundary);

    /// <summary>The visible pieces of the path through (xs[i], ys[i]), in order.</summary>
    public static List<List<Vertex>> Clip(IReadOnlyList<double> xs, IReadOnlyList<double> ys, PlotDomain box)
    {
        var pieces = new List<List<Vertex>>();
        List<Vertex>? current = null;
        for (int i = 0; i < xs.Count; i++)
        {
            bool inside = Inside(xs[i], ys[i], box);
            if (inside)
            {
                if (current is null)
                {
                    current = [];
                    pieces.Add(current);
                    // Came back from outside during step i - 1 → i: start at the edge where it entered.
                    if (i > 0 && Exit(xs[i], ys[i], xs[i - 1], ys[i - 1], box) is { } entry)
                        current.Add(new Vertex(entry.X, entry.Y, i - 1, true));
                }
                current.Add(new Vertex(xs[i], ys[i], i, false));
            }
            else if (current is not null)
            {
                // Left during step i - 1 → i: end at the edge; whatever happens outside is not drawn.
                if (Exit(xs[i - 1], ys[i - 1], xs[i], ys[i], box) is { } exit)
                    current.Add(new Vertex(exit.X, exit.Y, i - 1, true));
                current = null;
            }
        }
        return pieces;
    }

    public static bool Inside(double x, double y, PlotDomain box) =>
        x >= box.XMin && x <= box.XMax && y >= box.YMin && y <= box.YMax;

    /// <summary>
    /// Where the segment from (cx, cy) inside the box towards (qx, qy) outside it crosses the boundary, or null if
    /// the outside point is not a number. Works for any finite coordinates, up to ±1.8e308: the direction is
    /// taken from halved differences scaled to a unit step, which cannot overflow, and the coordinate that hits
    /// the edge is set to the edge exactly.
    /// </summary>
    private static (double X, double Y)? Exit(double cx, double cy, double qx, double qy, PlotDomain box)
    {
        double hx = qx * 0.5 - cx * 0.5, hy = qy * 0.5 - cy * 0.5;
        double scale = Math.Max(Math.Abs(hx), Math.Abs(hy));
        if (!double.IsFinite(scale) || scale == 0) return null;
        double ux = hx / scale, uy = hy / scale;
        double sx = ux > 0 ? (box.XMax - cx) / ux : ux < 0 ? (box.XMin - cx) / ux : double.PositiveInfinity;
        double sy = uy > 0 ? (box.YMax - cy) / uy : uy < 0 ? (box.YMin - cy) / uy : double.PositiveInfinity;
        if (sx <= sy)
            return (ux > 0 ? box.XMax : box.XMin, Math.Clamp(cy + sx * uy, box.YMin, box.YMax));
        return (Math.Clamp(cx + sy * ux, box.XMin, box.XMax), uy > 0 ? box.YMax : box.YMin);
    }
}

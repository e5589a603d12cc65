using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>Small shared pieces of the surfaces: Hessian construction, 1-D plotting ranges, minima bookkeeping.</summary>
internal static class SurfaceMath
{
    /// <summary>
    /// The value at a finite point, with NaN read as +∞. At a finite point NaN can only come from overflowing
    /// intermediates (∞ − ∞, cos ∞), which happen only far out, where a surface that is bounded below and grows
    /// without bound is truly beyond the largest double.
    /// </summary>
    public static double Overflowed(double value) => double.IsNaN(value) ? double.PositiveInfinity : value;

    /// <summary>The 1 x 1 Hessian [h].</summary>
    public static Matrix<double> Hessian1(double h) => Matrix<double>.Build.Dense(1, 1, h);

    /// <summary>The symmetric 2 x 2 Hessian [[xx, xy], [xy, yy]].</summary>
    public static Matrix<double> Hessian2(double xx, double xy, double yy) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { xx, xy }, { xy, yy } });

    /// <summary>
    /// The plotting domain of a 1-D surface: the given x range and the range of f over it (sampled at 801
    /// points) with 5% padding, so the curve never touches the frame.
    /// </summary>
    public static PlotDomain OneDimensionalDomain(Func<double, double> f, double xMin, double xMax)
    {
        const int samples = 801;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < samples; i++)
        {
            double v = f(xMin + (xMax - xMin) * i / (samples - 1));
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }
        double pad = 0.05 * Math.Max(hi - lo, 1e-12);
        return new PlotDomain(xMin, xMax, lo - pad, hi + pad);
    }

    /// <summary>
    /// Orders minima global first and marks as global those whose value equals the lowest within a relative
    /// 1e-12 (ties such as Himmelblau's four minima). Ties are ordered by coordinates, the rest by value, so the
    /// order does not depend on round-off in the last digits.
    /// </summary>
    public static SurfaceMinimum[] Rank(IEnumerable<(double[] Location, double Value)> minima)
    {
        var all = minima.ToArray();
        if (all.Length == 0) throw new InvalidOperationException("A surface must have at least one minimum.");
        double best = all.Min(m => m.Value);
        double tie = 1e-12 * Math.Max(1, Math.Abs(best));
        return all
            .Select(m => new SurfaceMinimum(m.Location, m.Value, m.Value - best <= tie))
            .OrderBy(m => m.IsGlobal ? 0 : 1)
            .ThenBy(m => m.IsGlobal ? 0 : m.Value)
            .ThenBy(m => m.Location[0])
            .ThenBy(m => m.Location.Length > 1 ? m.Location[1] : 0)
            .ToArray();
    }

    /// <summary>Copies minima so callers cannot change a surface's cached minima through the arrays.</summary>
    public static IReadOnlyList<SurfaceMinimum> Copy(SurfaceMinimum[] minima) =>
        Array.ConvertAll(minima, m => m with { Location = (double[])m.Location.Clone() });
}

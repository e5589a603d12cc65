using LrNotebooks.Core.Surfaces;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Tests.Surfaces;

/// <summary>
/// An independent check of the listed minima: Newton's method on ∇f = 0 from every point of a dense grid over
/// the plotting domain finds the stationary points (minima, saddles, maxima); the strict minima among them are
/// those with a positive definite Hessian.
/// </summary>
internal static class StationaryPointSearch
{
    public static List<double[]> StrictMinimaInDomain(Surface surface, int gridSize)
    {
        var d = surface.Domain;
        var minima = new List<double[]>();
        int ny = surface.Dimension == 1 ? 1 : gridSize;
        for (int i = 0; i < gridSize; i++)
        for (int j = 0; j < ny; j++)
        {
            double x = d.XMin + (d.XMax - d.XMin) * i / (gridSize - 1);
            double[] start = surface.Dimension == 1 ? [x] : [x, d.YMin + (d.YMax - d.YMin) * j / (gridSize - 1)];
            var p = Newton(surface, start);
            if (p is null || !Inside(d, p) || !PositiveDefinite(surface.Hessian(p))) continue;
            if (minima.Any(m => Distance(m, p) < 1e-6)) continue;
            minima.Add(p);
        }
        return minima;
    }

    public static bool PositiveDefinite(Matrix<double> h) =>
        h.Evd(Symmetricity.Symmetric).EigenValues.All(e => e.Real > 0);

    public static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (p, q) => (p - q) * (p - q)).Sum());

    private static bool Inside(PlotDomain d, double[] p) =>
        p[0] >= d.XMin && p[0] <= d.XMax && (p.Length == 1 || (p[1] >= d.YMin && p[1] <= d.YMax));

    private static double[]? Newton(Surface surface, double[] start)
    {
        var x = Vector<double>.Build.DenseOfArray(start);
        for (int k = 0; k < 60; k++)
        {
            var g = Vector<double>.Build.DenseOfArray(surface.Gradient(x.ToArray()));
            var h = surface.Hessian(x.ToArray());
            if (Math.Abs(h.Determinant()) < 1e-300) return null;
            var step = h.Solve(g);
            x -= step;
            if (!x.All(double.IsFinite) || x.L2Norm() > 1e6) return null;
            if (step.L2Norm() < 1e-13 * (1 + x.L2Norm())) return x.ToArray();
        }
        return null;
    }
}

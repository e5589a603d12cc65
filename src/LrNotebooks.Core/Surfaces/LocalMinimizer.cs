using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// Finds minima of surfaces whose minima have no closed form (Gaussian wells, Rastrigin, x cos(cx) + q x^2/2,
/// Himmelblau's irrational minima): a damped Newton descent from many starting points, polished by pure
/// Newton steps on the analytic gradient and Hessian until the step is at round-off level.
/// </summary>
internal static class LocalMinimizer
{
    /// <summary>
    /// Newton's method on grad f = 0 from <paramref name="start"/>: converges quadratically to the nearby
    /// stationary point (of any kind). Returns null when it does not converge.
    /// </summary>
    public static double[]? Stationary(Surface surface, double[] start, int maxIterations = 100)
    {
        var x = (double[])start.Clone();
        var g = new double[x.Length];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            surface.Gradient(x, g);
            var step = Solve(surface.Hessian(x), g);
            double stepNorm = 0, xNorm = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (!double.IsFinite(step[i])) return null;
                x[i] -= step[i];
                if (!double.IsFinite(x[i])) return null;
                stepNorm = Math.Max(stepNorm, Math.Abs(step[i]));
                xNorm = Math.Max(xNorm, Math.Abs(x[i]));
            }
            // Quadratic convergence: after a step of 1e-12 the error is at round-off level.
            if (stepNorm <= 1e-12 * (1 + xNorm)) return x;
        }
        return null;
    }

    /// <summary>
    /// A local minimum reached from <paramref name="start"/> (Newton direction where the Hessian is positive
    /// definite, steepest descent elsewhere, Armijo backtracking), or null when the descent ends at a point that
    /// is not a strict local minimum (e.g. a flat region where the gradient underflows to zero).
    /// </summary>
    public static double[]? Minimum(Surface surface, double[] start, int maxIterations = 500)
    {
        int n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var trial = new double[n];
        var direction = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double f = surface.Value(x);
            surface.Gradient(x, g);
            if (Norm(g) <= 1e-14 * (1 + Math.Abs(f))) break;

            var hessian = surface.Hessian(x);
            bool newton = IsPositiveDefinite(hessian);
            if (newton)
            {
                var d = Solve(hessian, g);
                for (int i = 0; i < n; i++) direction[i] = -d[i];
            }
            else
            {
                for (int i = 0; i < n; i++) direction[i] = -g[i];
            }

            double slope = 0;
            for (int i = 0; i < n; i++) slope += g[i] * direction[i];
            if (!(slope < 0)) break;

            double t = 1;
            while (true)
            {
                bool finite = true;
                for (int i = 0; i < n; i++)
                {
                    trial[i] = x[i] + t * direction[i];
                    finite &= double.IsFinite(trial[i]);
                }
                // Surfaces take finite points only; an overflowing trial step is too long, like a rising one.
                double ft = finite ? surface.Value(trial) : double.PositiveInfinity;
                if (double.IsFinite(ft) && ft <= f + 1e-4 * t * slope) break;
                t *= 0.5;
                if (t < 1e-30) return Polish(surface, x);
            }
            double moved = 0;
            for (int i = 0; i < n; i++)
            {
                moved = Math.Max(moved, Math.Abs(trial[i] - x[i]));
                x[i] = trial[i];
            }
            if (moved <= 1e-15 * (1 + Norm(x))) break;
        }
        return Polish(surface, x);
    }

    /// <summary>
    /// Local minima reached from every start, de-duplicated (points closer than 1e-6 (1 + |x|) are the same
    /// minimum) and kept only where <paramref name="keep"/> says so.
    /// </summary>
    public static List<(double[] Location, double Value)> Search(Surface surface, IEnumerable<double[]> starts, Func<double[], bool> keep)
    {
        var found = new List<(double[] Location, double Value)>();
        foreach (var start in starts)
        {
            var m = Minimum(surface, start);
            if (m is null || !keep(m)) continue;
            if (found.Any(f => Distance(f.Location, m) <= 1e-6 * (1 + Norm(m)))) continue;
            found.Add((m, surface.Value(m)));
        }
        return found;
    }

    /// <summary>Whether a symmetric matrix is positive definite (closed form for 1 x 1 and 2 x 2, else all eigenvalues &gt; 0).</summary>
    public static bool IsPositiveDefinite(Matrix<double> symmetric) => symmetric.RowCount switch
    {
        1 => symmetric[0, 0] > 0,
        2 => symmetric[0, 0] > 0 && symmetric[0, 0] * symmetric[1, 1] - symmetric[0, 1] * symmetric[1, 0] > 0,
        _ => symmetric.Evd(Symmetricity.Symmetric).EigenValues.All(e => double.IsFinite(e.Real) && e.Real > 0),
    };

    // H⁻¹ g: closed form for the 1-D and 2-D surfaces (this runs thousands of times per construction).
    private static double[] Solve(Matrix<double> h, double[] g)
    {
        switch (h.RowCount)
        {
            case 1:
                return [g[0] / h[0, 0]];
            case 2:
                double det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0];
                return [(h[1, 1] * g[0] - h[0, 1] * g[1]) / det, (h[0, 0] * g[1] - h[1, 0] * g[0]) / det];
            default:
                return h.Solve(Vector<double>.Build.DenseOfArray(g)).ToArray();
        }
    }

    // Newton polishing to round-off; accepted only if it stays close and lands on a strict minimum.
    private static double[]? Polish(Surface surface, double[] x)
    {
        var polished = Stationary(surface, x, maxIterations: 50);
        if (polished is null || Distance(polished, x) > 1e-6 * (1 + Norm(x))) return null;
        return IsPositiveDefinite(surface.Hessian(polished)) ? polished : null;
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double e in v) s += e * e;
        return Math.Sqrt(s);
    }

    private static double Distance(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(s);
    }
}

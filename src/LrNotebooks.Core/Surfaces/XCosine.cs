using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// The 1-D family f(x) = x cos(c x) + (q/2) x², with f'(x) = cos(cx) − c x sin(cx) + q x and
/// f''(x) = −2c sin(cx) − c² x cos(cx) + q. The x cos(πx) curve on [−1, 2] is the local-versus-global-minimum
/// example of Dive into Deep Learning (Zhang et al., §12.1); the bowl term (q/2) x² makes f bounded below so its
/// global minimum exists on the whole line and a diverging run cannot find lower values far away.
/// </summary>
/// <remarks>
/// Defaults c = π, q = 1: global minimum exactly f(1) = −1/2 (f'(1) = cos π + 1 = 0, f''(1) = π² + 1), a local
/// minimum near x ≈ −0.2361 with f ≈ −0.1462 in the domain [−1, 2], and further shallow minima outside it.
/// In general the plotting domain is [−π/c, 2π/c], widened if needed to show the global minimum with a margin of
/// π/(2c). <see cref="Minima"/> lists the global minimum (over the whole line: it lies in |x| ≤ 2/q because
/// f(x) ≥ q x²/2 − |x| and f(0) = 0) and every local minimum inside the domain, all found at construction by
/// scanning f on a grid of spacing π/(16c) and polishing each candidate with Newton's method.
/// </remarks>
public sealed record XCosine : Surface
{
    private readonly SurfaceMinimum[] _minima;

    /// <summary>Creates f(x) = x cos(c x) + (q/2) x².</summary>
    /// <param name="c">The frequency c, in (0, 100].</param>
    /// <param name="bowl">The bowl's curvature q, in [0.01, 100].</param>
    public XCosine(double c = Math.PI, double bowl = 1)
    {
        C = Guard.InRange(c, 0, 100, minInclusive: false);
        Bowl = Guard.InRange(bowl, 0.01, 100);

        // Candidates: discrete local minima of f sampled over |x| <= 2/q (and the default range), then Newton.
        double period = Math.PI / c, radius = Math.Max(2 / bowl, 2 * period);
        int samples = (int)Math.Ceiling(2 * radius / (period / 16)) + 1;
        var xs = new double[samples];
        var fs = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            xs[i] = -radius + 2 * radius * i / (samples - 1);
            fs[i] = Evaluate(xs[i]);
        }
        var candidates = Enumerable.Range(1, samples - 2).Where(i => fs[i] <= fs[i - 1] && fs[i] <= fs[i + 1]).ToArray();

        // The global minimum: the best of the five lowest candidates after polishing (guards against near ties).
        var global = LocalMinimizer.Search(this, candidates.OrderBy(i => fs[i]).Take(5).Select(i => new[] { xs[i] }), _ => true)
            .MinBy(m => m.Value);
        double xg = global.Location[0];
        double xMin = Math.Min(-period, xg - period / 2), xMax = Math.Max(2 * period, xg + period / 2);
        Domain = SurfaceMath.OneDimensionalDomain(Evaluate, xMin, xMax);

        var inDomain = LocalMinimizer.Search(this,
            candidates.Where(i => xs[i] >= xMin - period && xs[i] <= xMax + period).Select(i => new[] { xs[i] }),
            m => m[0] >= xMin && m[0] <= xMax);
        _minima = SurfaceMath.Rank(inDomain
            .Where(m => Math.Abs(m.Location[0] - xg) > 1e-6 * (1 + Math.Abs(xg)))
            .Append(global));
    }

    /// <summary>The frequency c.</summary>
    public double C { get; }

    /// <summary>The bowl's curvature q.</summary>
    public double Bowl { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"x·cos({(C == Math.PI ? "π" : C.ToString("G4", CultureInfo.InvariantCulture))}x) + {Bowl / 2:G4}x²");

    /// <inheritdoc />
    public override int Dimension => 1;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Overflowed(Evaluate(x[0]));
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        double t = x[0];
        gradient[0] = Math.Cos(C * t) - C * t * Math.Sin(C * t) + Bowl * t;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        double t = x[0];
        return SurfaceMath.Hessian1(-2 * C * Math.Sin(C * t) - C * C * t * Math.Cos(C * t) + Bowl);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => SurfaceMath.Copy(_minima);

    /// <inheritdoc />
    public override PlotDomain Domain { get; }

    /// <summary>Equal when c and q are equal (the minima and domain follow from them).</summary>
    public bool Equals(XCosine? other) => other is not null && C.Equals(other.C) && Bowl.Equals(other.Bowl);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(C, Bowl);

    private double Evaluate(double x) => x * Math.Cos(C * x) + 0.5 * Bowl * x * x;
}

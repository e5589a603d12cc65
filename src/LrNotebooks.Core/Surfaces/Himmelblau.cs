using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)² (Himmelblau, <i>Applied Nonlinear
/// Programming</i>, McGraw-Hill, 1972; Math.NET <c>TestFunctions.Himmelblau</c>). Four global minima with
/// f = 0: (3, 2) exactly, and approximately (−2.805118, 3.131312), (−3.779310, −3.283186),
/// (3.584428, −1.848126) (roots of a quartic; here refined by Newton's method to round-off). It also has a
/// local maximum near (−0.270845, −0.923039) with f ≈ 181.617 and four saddle points. Which minimum descent
/// reaches depends on the start and the learning rate. Plotting domain [−5, 5]².
/// </summary>
public sealed record Himmelblau : Surface
{
    // The published minima, polished once with Newton's method on the analytic gradient.
    private static readonly SurfaceMinimum[] Known = SurfaceMath.Rank(
        new[] { new[] { 3.0, 2.0 }, [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126] }
            .Select(p => LocalMinimizer.Stationary(new Himmelblau(), p)
                ?? throw new InvalidOperationException("Newton's method failed to refine a Himmelblau minimum."))
            .Select(p => (p, 0.0)));

    /// <inheritdoc />
    public override string Name => "Himmelblau";

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return Evaluate(x);
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        double p = x[0] * x[0] + x[1] - 11, q = x[0] + x[1] * x[1] - 7;
        gradient[0] = 4 * x[0] * p + 2 * q;
        gradient[1] = 2 * p + 4 * x[1] * q;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Hessian2(
            12 * x[0] * x[0] + 4 * x[1] - 42,
            4 * (x[0] + x[1]),
            4 * x[0] + 12 * x[1] * x[1] - 26);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => SurfaceMath.Copy(Known);

    /// <inheritdoc />
    public override PlotDomain Domain => new(-5, 5, -5, 5);

    private static double Evaluate(ReadOnlySpan<double> x)
    {
        double p = x[0] * x[0] + x[1] - 11, q = x[0] + x[1] * x[1] - 7;
        return p * p + q * q;
    }
}

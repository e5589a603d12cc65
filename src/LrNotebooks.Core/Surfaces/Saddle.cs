using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// A saddle with bounded minima: f(x, y) = x² + y⁴/4 − y²/2. Gradient (2x, y³ − y), Hessian diag(2, 3y² − 1).
/// The origin is a saddle point (f = 0, Hessian diag(2, −1), indefinite); the two global minima are (0, ±1) with
/// f = −1/4 and Hessian diag(2, 2). Unlike the textbook x² − y² it is bounded below, so runs that escape the saddle
/// end in a minimum. Near the saddle the escape direction is a plateau: the y-gradient y³ − y ≈ −y is tiny for
/// small y, so descent started close to the x axis lingers (about ln(1/|y₀|)/η steps) before it slides off.
/// Plotting domain [−2, 2]².
/// </summary>
public sealed record Saddle : Surface
{
    /// <summary>The saddle point (0, 0).</summary>
    public static IReadOnlyList<double> SaddlePoint { get; } = [0.0, 0.0];

    /// <inheritdoc />
    public override string Name => "saddle x² + y⁴/4 − y²/2";

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        double y2 = x[1] * x[1];
        return SurfaceMath.Overflowed(x[0] * x[0] + 0.25 * y2 * y2 - 0.5 * y2);
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        gradient[0] = 2 * x[0];
        gradient[1] = x[1] * x[1] * x[1] - x[1];
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Hessian2(2, 0, 3 * x[1] * x[1] - 1);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0.0, -1.0], -0.25, true), new([0.0, 1.0], -0.25, true)];

    /// <inheritdoc />
    public override PlotDomain Domain => new(-2, 2, -2, 2);
}

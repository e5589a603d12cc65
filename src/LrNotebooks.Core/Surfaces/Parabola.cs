using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// The 1-D parabola f(x) = (L/2) x², gradient L x, Hessian [L]; minimum f(0) = 0. Gradient descent with
/// learning rate η gives x_{t+1} = (1 − ηL) x_t: monotone for η &lt; 1/L, one step for η = 1/L, oscillating
/// for 1/L &lt; η &lt; 2/L, divergent for η &gt; 2/L. Plotting domain x ∈ [−2, 2].
/// </summary>
public sealed record Parabola : QuadraticSurface
{
    /// <summary>Creates f(x) = (L/2) x².</summary>
    /// <param name="curvature">L, the second derivative, finite and &gt; 0.</param>
    public Parabola(double curvature)
    {
        L = Guard.Positive(curvature);
        Domain = SurfaceMath.OneDimensionalDomain(x => 0.5 * L * x * x, -2, 2);
    }

    /// <summary>The curvature L = f''.</summary>
    public double L { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"parabola (L={L:G4})");

    /// <inheritdoc />
    public override int Dimension => 1;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return 0.5 * L * x[0] * x[0];
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        gradient[0] = L * x[0];
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Hessian1(L);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0.0], 0, true)];

    /// <inheritdoc />
    public override PlotDomain Domain { get; }
}

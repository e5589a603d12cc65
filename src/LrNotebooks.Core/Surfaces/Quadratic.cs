using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// The 2-D quadratic bowl f = a u² + b v², where (u, v) are the coordinates along the bowl's axes, turned by
/// <see cref="Angle"/> from the x and y axes: u = x cos θ + y sin θ, v = −x sin θ + y cos θ (θ = 0 gives
/// f = a x² + b y²). Hessian H = R diag(2a, 2b) Rᵀ with R the rotation by θ, so its eigenvalues are 2a and 2b
/// whatever the angle: L = 2 max(a, b), stability limit 2/L = 1/max(a, b), condition number max(a,b)/min(a,b).
/// Minimum f(0, 0) = 0. Plotting domain [−3, 3]².
/// </summary>
/// <remarks>
/// <c>Quadratic(1, 1)</c> is isotropic (every direction alike); <c>Quadratic(0.1, 2)</c> is ill-conditioned
/// (κ = 20): the learning rate is capped by the steep y direction (η &lt; 0.5) while progress along the shallow
/// x direction is slow, the zig-zag of Goh, "Why Momentum Really Works" (Distill, 2017). A non-zero angle makes
/// the axes diagonal, where per-coordinate adaptive optimizers lose their advantage.
/// </remarks>
public sealed record Quadratic : QuadraticSurface
{
    private readonly double _hxx, _hxy, _hyy;

    /// <summary>Creates f = a u² + b v² with (u, v) the coordinates rotated by <paramref name="angle"/>.</summary>
    /// <param name="a">Coefficient along the first axis, finite and &gt; 0.</param>
    /// <param name="b">Coefficient along the second axis, finite and &gt; 0.</param>
    /// <param name="angle">Rotation of the bowl's axes in radians, finite (0 = axis-aligned).</param>
    public Quadratic(double a, double b, double angle = 0)
    {
        A = Guard.Positive(a);
        B = Guard.Positive(b);
        Angle = Guard.Finite(angle);
        double c = Math.Cos(angle), s = Math.Sin(angle);
        _hxx = 2 * (a * c * c + b * s * s);
        _hxy = 2 * (a - b) * c * s;
        _hyy = 2 * (a * s * s + b * c * c);
    }

    /// <summary>Coefficient a along the first axis (eigenvalue 2a).</summary>
    public double A { get; }

    /// <summary>Coefficient b along the second axis (eigenvalue 2b).</summary>
    public double B { get; }

    /// <summary>Rotation of the axes in radians.</summary>
    public double Angle { get; }

    /// <inheritdoc />
    public override string Name => Angle == 0
        ? string.Create(CultureInfo.InvariantCulture, $"quadratic (a={A:G4}, b={B:G4})")
        : string.Create(CultureInfo.InvariantCulture, $"quadratic (a={A:G4}, b={B:G4}, {Angle * 180 / Math.PI:G4}°)");

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        // f = ½ xᵀHx from the Hessian entries, so value, gradient and Hessian agree to round-off at any angle.
        return SurfaceMath.Overflowed(0.5 * (_hxx * x[0] * x[0] + 2 * _hxy * x[0] * x[1] + _hyy * x[1] * x[1]));
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        double gx = _hxx * x[0] + _hxy * x[1];
        double gy = _hxy * x[0] + _hyy * x[1];
        gradient[0] = gx;
        gradient[1] = gy;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Hessian2(_hxx, _hxy, _hyy);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0.0, 0.0], 0, true)];

    /// <inheritdoc />
    public override PlotDomain Domain => new(-3, 3, -3, 3);
}

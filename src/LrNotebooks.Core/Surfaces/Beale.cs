using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// Beale's function f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² (Beale, "On an iterative
/// method for finding a local minimum of a function of more than one variable", Princeton Statistical Techniques
/// Research Group report 25, 1958; Surjanovic &amp; Bingham, sfu.ca/~ssurjano/beale.html). Global minimum
/// f(3, 0.5) = 0, the only minimum in the domain [−4.5, 4.5]². Sharp ridges and flat plateaus: on the lines
/// x = 0 and y = 1 the value is the constant 14.203125, and (0, 1) is a saddle point. The landscape
/// used in many optimizer-comparison animations.
/// </summary>
public sealed record Beale : Surface
{
    private static readonly double[] Constants = [1.5, 2.25, 2.625];

    /// <inheritdoc />
    public override string Name => "Beale";

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        // x y^i as ((x y) y) y, so x = 0 gives 0 however far out y is (not 0 · ∞ = NaN).
        double f = 0, xyi = x[0];
        for (int i = 1; i <= 3; i++)
        {
            xyi *= x[1];
            double r = Constants[i - 1] - x[0] + xyi;
            f += r * r;
        }
        return f;
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        // f = Σ r_i², r_i = c_i − x + x y^i, so ∇f = 2 Σ r_i ∇r_i with ∇r_i = (y^i − 1, i x y^(i−1)).
        double gx = 0, gy = 0, yPrevious = 1;
        for (int i = 1; i <= 3; i++)
        {
            double yi = yPrevious * x[1];
            double r = Constants[i - 1] - x[0] + x[0] * yi;
            gx += 2 * r * (yi - 1);
            gy += 2 * r * i * x[0] * yPrevious;
            yPrevious = yi;
        }
        gradient[0] = gx;
        gradient[1] = gy;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        // ∇²f = 2 Σ (∇r_i ∇r_iᵀ + r_i ∇²r_i), ∇²r_i = [[0, i y^(i−1)], [i y^(i−1), i (i−1) x y^(i−2)]].
        double hxx = 0, hxy = 0, hyy = 0, yBefore = 0, yPrevious = 1;
        for (int i = 1; i <= 3; i++)
        {
            double yi = yPrevious * x[1];
            double r = Constants[i - 1] - x[0] + x[0] * yi;
            double rx = yi - 1, ry = i * x[0] * yPrevious;
            hxx += 2 * rx * rx;
            hxy += 2 * (rx * ry + r * i * yPrevious);
            hyy += 2 * (ry * ry + r * i * (i - 1) * x[0] * yBefore);
            yBefore = yPrevious;
            yPrevious = yi;
        }
        return SurfaceMath.Hessian2(hxx, hxy, hyy);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([3.0, 0.5], 0, true)];

    /// <inheritdoc />
    public override PlotDomain Domain => new(-4.5, 4.5, -4.5, 4.5);
}

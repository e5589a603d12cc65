using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// Rosenbrock's banana valley f(x, y) = (a − x)² + b (y − x²)² (Rosenbrock, "An automatic method for finding the
/// greatest or least value of a function", The Computer Journal 3(3), 1960; Math.NET
/// <c>TestFunctions.Rosenbrock</c>; Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments,
/// sfu.ca/~ssurjano/rosen.html). Unique minimum f(a, a²) = 0 with Hessian [[2 + 8ba², −4ba], [−4ba, 2b]]
/// (κ ≈ 2508 for a = 1, b = 100). A steep-walled curved valley: the learning rate that is stable across the
/// walls is tiny compared to what the flat valley floor needs.
/// </summary>
/// <remarks>Plotting domain, with s = max(1, |a|): x ∈ [−2s, 2s], y ∈ [−s², 3s²] ([−2, 2] × [−1, 3] for a = 1).</remarks>
public sealed record Rosenbrock : Surface
{
    /// <summary>Creates the Rosenbrock function.</summary>
    /// <param name="a">The minimum's x coordinate, finite.</param>
    /// <param name="b">The valley's steepness, finite and &gt; 0.</param>
    public Rosenbrock(double a = 1, double b = 100)
    {
        A = Guard.Finite(a);
        B = Guard.Positive(b);
    }

    /// <summary>The minimum is at (a, a²).</summary>
    public double A { get; }

    /// <summary>The steepness of the valley walls.</summary>
    public double B { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Rosenbrock (a={A:G4}, b={B:G4})");

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        double u = A - x[0], v = x[1] - x[0] * x[0];
        return u * u + B * v * v;
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        double u = A - x[0], v = x[1] - x[0] * x[0];
        gradient[0] = -2 * u - 4 * B * x[0] * v;
        gradient[1] = 2 * B * v;
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Hessian2(2 - 4 * B * (x[1] - 3 * x[0] * x[0]), -4 * B * x[0], 2 * B);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([A, A * A], 0, true)];

    /// <inheritdoc />
    public override PlotDomain Domain
    {
        get
        {
            double s = Math.Max(1, Math.Abs(A));
            return new PlotDomain(-2 * s, 2 * s, -s * s, 3 * s * s);
        }
    }
}

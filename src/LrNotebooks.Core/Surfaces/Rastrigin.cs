using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// The 2-D Rastrigin function f(x, y) = 2A + (x² − A cos 2πx) + (y² − A cos 2πy) (Rastrigin, <i>Systems of
/// extremal control</i>, 1974; Mühlenbein, Schomisch &amp; Born, Parallel Computing 17, 1991; Math.NET
/// <c>TestFunctions.Rastrigin</c>; sfu.ca/~ssurjano/rastr.html). Global minimum f(0, 0) = 0; a grid of local
/// minima close to the integer points. A bowl covered in ripples: small learning rates stop in the nearest
/// ripple, larger ones skip over ripples and feel the bowl. Plotting domain [−5.12, 5.12]².
/// </summary>
/// <remarks>
/// <see cref="Minima"/> lists every local minimum inside the plotting domain (121 for A = 10). Because f is a sum
/// of the 1-D function g(t) = t² − A cos 2πt + A in each coordinate, its minima are the pairs of 1-D minima of g;
/// those are found once, at construction, by Newton's method from starting points a quarter apart.
/// </remarks>
public sealed record Rastrigin : Surface
{
    private const double HalfWidth = 5.12;
    private readonly SurfaceMinimum[] _minima;

    /// <summary>Creates the Rastrigin function.</summary>
    /// <param name="a">The ripple amplitude A, finite and &gt; 0 (the standard value is 10).</param>
    public Rastrigin(double a = 10)
    {
        A = Guard.Positive(a);
        // Minima of the form (t, 0) carry the 1-D minima t of g in their x coordinate.
        var starts = Enumerable.Range(-21, 43).Select(k => new[] { k / 4.0, 0.0 });
        var oneDimensional = LocalMinimizer.Search(this, starts, m => Math.Abs(m[0]) <= HalfWidth)
            .Select(m => Math.Abs(m.Location[0]) < 1e-12 ? 0 : m.Location[0]) // the origin exactly, not ±1e-30
            .ToArray();
        _minima = SurfaceMath.Rank(
            from x in oneDimensional
            from y in oneDimensional
            select (new[] { x, y }, Evaluate([x, y])));
    }

    /// <summary>The ripple amplitude A.</summary>
    public double A { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Rastrigin (A={A:G4})");

    /// <inheritdoc />
    public override int Dimension => 2;

    /// <inheritdoc />
    public override double Value(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        return SurfaceMath.Overflowed(Evaluate(x));
    }

    /// <inheritdoc />
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckPoint(x);
        CheckLength(gradient, nameof(gradient));
        for (int i = 0; i < 2; i++)
            gradient[i] = 2 * x[i] + 2 * Math.PI * A * Math.Sin(2 * Math.PI * x[i]);
    }

    /// <inheritdoc />
    public override Matrix<double> Hessian(ReadOnlySpan<double> x)
    {
        CheckPoint(x);
        double k = 4 * Math.PI * Math.PI * A;
        return SurfaceMath.Hessian2(2 + k * Math.Cos(2 * Math.PI * x[0]), 0, 2 + k * Math.Cos(2 * Math.PI * x[1]));
    }

    /// <inheritdoc />
    public override IReadOnlyList<SurfaceMinimum> Minima => SurfaceMath.Copy(_minima);

    /// <inheritdoc />
    public override PlotDomain Domain => new(-HalfWidth, HalfWidth, -HalfWidth, HalfWidth);

    /// <summary>Equal when the amplitude is equal (the minima follow from it).</summary>
    public bool Equals(Rastrigin? other) => other is not null && A.Equals(other.A);

    /// <inheritdoc />
    public override int GetHashCode() => A.GetHashCode();

    private double Evaluate(ReadOnlySpan<double> x)
    {
        double f = 2 * A;
        for (int i = 0; i < 2; i++)
            f += x[i] * x[i] - A * Math.Cos(2 * Math.PI * x[i]);
        return f;
    }
}

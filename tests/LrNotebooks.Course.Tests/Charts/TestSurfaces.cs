using LrNotebooks.Core.Surfaces;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Course.Tests;

/// <summary>f(x, y) = a x² + b y² + offset: a bowl whose minimum value is <c>offset</c> (to test f - f*).</summary>
internal sealed record Bowl(double A = 0.5, double B = 2, double Offset = 0) : Surface
{
    public override string Name => $"bowl(a={A}, b={B})";
    public override int Dimension => 2;
    public override double Value(ReadOnlySpan<double> x) => A * x[0] * x[0] + B * x[1] * x[1] + Offset;
    public override void Gradient(ReadOnlySpan<double> x, Span<double> g) { g[0] = 2 * A * x[0]; g[1] = 2 * B * x[1]; }
    public override Matrix<double> Hessian(ReadOnlySpan<double> x) => Matrix<double>.Build.DenseOfArray(new[,] { { 2 * A, 0 }, { 0, 2 * B } });
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0, 0], Offset, true)];
    public override PlotDomain Domain => new(-3, 3, -2, 2);
}

/// <summary>The Rosenbrock valley (a=1, b=100): contour levels spanning five decades.</summary>
internal sealed record Valley : Surface
{
    public override string Name => "Rosenbrock(a=1, b=100)";
    public override int Dimension => 2;
    public override double Value(ReadOnlySpan<double> p) => (1 - p[0]) * (1 - p[0]) + 100 * Math.Pow(p[1] - p[0] * p[0], 2);
    public override void Gradient(ReadOnlySpan<double> p, Span<double> g)
    {
        g[0] = -2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]);
        g[1] = 200 * (p[1] - p[0] * p[0]);
    }
    public override Matrix<double> Hessian(ReadOnlySpan<double> p) => throw new NotSupportedException();
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([1, 1], 0, true)];
    public override PlotDomain Domain => new(-2, 2, -1, 3);
}

/// <summary>f(x) = x⁴/4 - x²/2 + 0.3 x: a 1-D curve with a global minimum (left) and a local one (right).</summary>
internal sealed record TwoWells : Surface
{
    public override string Name => "two wells";
    public override int Dimension => 1;
    public override double Value(ReadOnlySpan<double> x) => Math.Pow(x[0], 4) / 4 - x[0] * x[0] / 2 + 0.3 * x[0];
    public override void Gradient(ReadOnlySpan<double> x, Span<double> g) => g[0] = Math.Pow(x[0], 3) - x[0] + 0.3;
    public override Matrix<double> Hessian(ReadOnlySpan<double> x) => Matrix<double>.Build.Dense(1, 1, 3 * x[0] * x[0] - 1);
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([-1.1309], Value([-1.1309]), true), new([0.8053], Value([0.8053]), false)];
    public override PlotDomain Domain => new(-2, 2, -0.8, 1.5);
}

/// <summary>f(x) = L/2 x²: the parabola of the first lesson.</summary>
internal sealed record Parabola1D(double L = 1) : Surface
{
    public override string Name => $"parabola(L={L})";
    public override int Dimension => 1;
    public override double Value(ReadOnlySpan<double> x) => L / 2 * x[0] * x[0];
    public override void Gradient(ReadOnlySpan<double> x, Span<double> g) => g[0] = L * x[0];
    public override Matrix<double> Hessian(ReadOnlySpan<double> x) => Matrix<double>.Build.Dense(1, 1, L);
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0.0], 0, true)];
    public override PlotDomain Domain => new(-3, 3, -0.2, 4.5);
}

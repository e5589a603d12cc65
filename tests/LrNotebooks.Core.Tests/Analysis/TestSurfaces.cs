using LrNotebooks.Core.Surfaces;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Tests.Analysis;

/// <summary>f(x) = ½ xᵀ A x for a symmetric 2 x 2 matrix A (Hessian A everywhere), minimum 0 at the origin.</summary>
internal sealed record QuadraticForm(double A11, double A12, double A22) : Surface
{
    public override string Name => $"quadratic form [[{A11}, {A12}], [{A12}, {A22}]]";
    public override int Dimension => 2;
    public override double Value(ReadOnlySpan<double> x) => 0.5 * (A11 * x[0] * x[0] + 2 * A12 * x[0] * x[1] + A22 * x[1] * x[1]);

    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        gradient[0] = A11 * x[0] + A12 * x[1];
        gradient[1] = A12 * x[0] + A22 * x[1];
    }

    public override Matrix<double> Hessian(ReadOnlySpan<double> x) => Matrix<double>.Build.DenseOfArray(new[,] { { A11, A12 }, { A12, A22 } });
    public override IReadOnlyList<SurfaceMinimum> Minima => [new([0, 0], 0, true)];
    public override PlotDomain Domain => new(-2, 2, -1, 1);
}

/// <summary>A 1-D surface with a given list of minima (the global one first); only the metadata matters to the tests.</summary>
internal sealed record ListedMinima(IReadOnlyList<SurfaceMinimum> Known, PlotDomain Box) : Surface
{
    public override string Name => "listed minima";
    public override int Dimension => Known[0].Location.Length;
    public override double Value(ReadOnlySpan<double> x) => 0;
    public override void Gradient(ReadOnlySpan<double> x, Span<double> gradient) => gradient.Clear();
    public override Matrix<double> Hessian(ReadOnlySpan<double> x) => Matrix<double>.Build.Dense(Dimension, Dimension);
    public override IReadOnlyList<SurfaceMinimum> Minima => Known;
    public override PlotDomain Domain => Box;
}

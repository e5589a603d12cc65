using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// A loss surface (test function) of 1 or 2 variables with its value, analytic gradient and Hessian,
/// its known minima and a sensible plotting domain.
/// </summary>
public abstract record Surface
{
    /// <summary>A short label, e.g. <c>Rosenbrock(a=1, b=100)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The number of variables (1 or 2).</summary>
    public abstract int Dimension { get; }

    /// <summary>f(x).</summary>
    public abstract double Value(ReadOnlySpan<double> x);

    /// <summary>Writes the analytic gradient at <paramref name="x"/> into <paramref name="gradient"/>.</summary>
    public abstract void Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>The analytic Hessian at <paramref name="x"/> (Dimension x Dimension).</summary>
    public abstract Matrix<double> Hessian(ReadOnlySpan<double> x);

    /// <summary>The known minima, the global one(s) first.</summary>
    public abstract IReadOnlyList<SurfaceMinimum> Minima { get; }

    /// <summary>The domain to plot: for 2-D the x and y ranges; for 1-D the x range (Y range = value range to show).</summary>
    public abstract PlotDomain Domain { get; }

    /// <summary>The global minimum value f*.</summary>
    public double MinimumValue => Minima[0].Value;

    /// <summary>f(x) for a 1-D surface.</summary>
    public double Value(double x) => Value([x]);

    /// <summary>f(x, y) for a 2-D surface.</summary>
    public double Value(double x, double y) => Value([x, y]);

    /// <summary>The gradient as a new array (convenience for notebooks; the span overload does not allocate).</summary>
    public double[] Gradient(params double[] x)
    {
        var g = new double[Dimension];
        Gradient(x, g);
        return g;
    }

    /// <summary>Validates that a point has <see cref="Dimension"/> coordinates.</summary>
    protected void CheckPoint(ReadOnlySpan<double> x, string name = "x")
    {
        if (x.Length != Dimension)
            throw new ArgumentException($"{name} must have length {Dimension} (the surface's dimension), but had length {x.Length}.", name);
    }
}

/// <summary>A known local or global minimum of a surface.</summary>
/// <param name="Location">Its coordinates.</param>
/// <param name="Value">f at the minimum.</param>
/// <param name="IsGlobal">Whether it is a global minimum.</param>
public sealed record SurfaceMinimum(double[] Location, double Value, bool IsGlobal);

/// <summary>A rectangular plotting domain.</summary>
public sealed record PlotDomain(double XMin, double XMax, double YMin, double YMax);

using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Surfaces;

/// <summary>
/// A loss surface (test function) of 1 or 2 variables with its value, analytic gradient and Hessian,
/// its known minima and a sensible plotting domain.
/// </summary>
/// <remarks>
/// Points: every evaluation (<c>Value</c>, <c>Gradient</c>, <c>Hessian</c>) requires a finite point and throws an
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter (<c>x</c>, or <c>y</c> for the second argument of
/// <see cref="Value(double, double)"/>) for a NaN or infinite coordinate. At a finite point so far out that the
/// arithmetic overflows, <c>Value</c> is +∞ (never NaN or −∞: every surface is bounded below), and gradient and
/// Hessian entries that overflow are not finite (±∞, or NaN where overflowing terms meet); callers such as
/// <c>Descent.Run</c> treat either as divergence.
/// </remarks>
public abstract record Surface
{
    /// <summary>A short label, e.g. <c>Rosenbrock(a=1, b=100)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The number of variables (1 or 2).</summary>
    public abstract int Dimension { get; }

    /// <summary>f(x) at a finite point; +∞ where the value overflows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate of <paramref name="x"/> is NaN or infinite.</exception>
    public abstract double Value(ReadOnlySpan<double> x);

    /// <summary>Writes the analytic gradient at the finite point <paramref name="x"/> into <paramref name="gradient"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate of <paramref name="x"/> is NaN or infinite.</exception>
    public abstract void Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>The analytic Hessian at the finite point <paramref name="x"/> (Dimension x Dimension).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate of <paramref name="x"/> is NaN or infinite.</exception>
    public abstract Matrix<double> Hessian(ReadOnlySpan<double> x);

    /// <summary>The known minima, the global one(s) first.</summary>
    public abstract IReadOnlyList<SurfaceMinimum> Minima { get; }

    /// <summary>The domain to plot: for 2-D the x and y ranges; for 1-D the x range (Y range = value range to show).</summary>
    public abstract PlotDomain Domain { get; }

    /// <summary>The global minimum value f*.</summary>
    public double MinimumValue => Minima[0].Value;

    /// <summary>f(x) for a 1-D surface; x must be finite.</summary>
    public double Value(double x)
    {
        CheckFinite(x, "x");
        return Value([x]);
    }

    /// <summary>f(x, y) for a 2-D surface; x and y must be finite.</summary>
    public double Value(double x, double y)
    {
        CheckFinite(x, "x");
        CheckFinite(y, "y");
        return Value([x, y]);
    }

    /// <summary>The gradient as a new array (convenience for notebooks; the span overload does not allocate).</summary>
    public double[] Gradient(params double[] x)
    {
        var g = new double[Dimension];
        Gradient(x, g);
        return g;
    }

    /// <summary>The <see cref="Name"/>, so a surface prints as its label.</summary>
    public sealed override string ToString() => Name;

    /// <summary>The 1-D parabola f(x) = (L/2) x²; see <see cref="Surfaces.Parabola"/>.</summary>
    /// <param name="curvature">L, finite and &gt; 0; gradient descent is stable for learning rates below 2/L.</param>
    public static Parabola Parabola(double curvature) => new(curvature);

    /// <summary>The 2-D bowl f = a u² + b v² with axes turned by <paramref name="angle"/>; see <see cref="Surfaces.Quadratic"/>.</summary>
    /// <param name="a">Coefficient along the first axis, finite and &gt; 0.</param>
    /// <param name="b">Coefficient along the second axis, finite and &gt; 0.</param>
    /// <param name="angle">Rotation of the axes in radians, finite (0: f = a x² + b y²).</param>
    public static Quadratic Quadratic(double a, double b, double angle = 0) => new(a, b, angle);

    /// <summary>Rosenbrock's valley f = (a − x)² + b (y − x²)², minimum (a, a²); see <see cref="Surfaces.Rosenbrock"/>.</summary>
    /// <param name="a">The minimum's x coordinate, finite.</param>
    /// <param name="b">The valley's steepness, finite and &gt; 0.</param>
    public static Rosenbrock Rosenbrock(double a = 1, double b = 100) => new(a, b);

    /// <summary>Beale's function, minimum (3, 0.5); see <see cref="Surfaces.Beale"/>.</summary>
    public static Beale Beale() => new();

    /// <summary>Himmelblau's function with four global minima; see <see cref="Surfaces.Himmelblau"/>.</summary>
    public static Himmelblau Himmelblau() => new();

    /// <summary>The bounded saddle f = x² + y⁴/4 − y²/2: saddle at the origin, minima (0, ±1); see <see cref="Surfaces.Saddle"/>.</summary>
    public static Saddle Saddle() => new();

    /// <summary>The 2-D Rastrigin function, minimum (0, 0) among a grid of local minima; see <see cref="Surfaces.Rastrigin"/>.</summary>
    /// <param name="a">The ripple amplitude A, finite and &gt; 0.</param>
    public static Rastrigin Rastrigin(double a = 10) => new(a);

    /// <summary>
    /// The default landscape of three Gaussian wells on a bowl with q = 0.1: a deep narrow well at (1.5, 1)
    /// (depth 1.6, width 0.45; the global minimum), a wide shallow one at (−1, −0.5) (depth 1, width 1) and a
    /// small one at (1.8, −1.6) (depth 0.8, width 0.6); domain [−3.5, 3.5]². See <see cref="Surfaces.GaussianWells"/>.
    /// </summary>
    public static GaussianWells GaussianWells() => new(
        [new GaussianWell(1.5, 1.0, 1.6, 0.45), new GaussianWell(-1.0, -0.5, 1.0, 1.0), new GaussianWell(1.8, -1.6, 0.8, 0.6)],
        bowl: 0.1,
        domain: new PlotDomain(-3.5, 3.5, -3.5, 3.5));

    /// <summary>A landscape of Gaussian wells on a bowl; see <see cref="Surfaces.GaussianWells"/>.</summary>
    /// <param name="wells">The wells, at least one.</param>
    /// <param name="bowl">The bowl's curvature q, finite and &gt;= 0.</param>
    /// <param name="domain">The plotting domain (null: the centres ± 3 widths); minima are searched inside it.</param>
    public static GaussianWells GaussianWells(IEnumerable<GaussianWell> wells, double bowl = 0, PlotDomain? domain = null) =>
        new(wells, bowl, domain);

    /// <summary>The 1-D f(x) = x cos(c x) + (q/2) x² with a local and a global minimum in view; see <see cref="Surfaces.XCosine"/>.</summary>
    /// <param name="c">The frequency c, in (0, 100].</param>
    /// <param name="bowl">The bowl's curvature q, in [0.01, 100].</param>
    public static XCosine XCosine(double c = Math.PI, double bowl = 1) => new(c, bowl);

    /// <summary>Validates that a point has <see cref="Dimension"/> coordinates, all finite.</summary>
    protected void CheckPoint(ReadOnlySpan<double> x, string name = "x")
    {
        CheckLength(x, name);
        for (int i = 0; i < x.Length; i++)
            CheckFinite(x[i], name, $"{name}[{i}]");
    }

    /// <summary>Validates that a point or an output span has <see cref="Dimension"/> entries.</summary>
    protected void CheckLength(ReadOnlySpan<double> x, string name)
    {
        if (x.Length != Dimension)
            throw new ArgumentException($"{name} must have length {Dimension} (the surface's dimension), but had length {x.Length}.", name);
    }

    private static void CheckFinite(double value, string name, string? coordinate = null)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value,
                $"{coordinate ?? name} must be a finite number (allowed range [-1.7976931348623157E+308, 1.7976931348623157E+308]), " +
                $"but was {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}

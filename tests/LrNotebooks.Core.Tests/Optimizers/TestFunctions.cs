namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>
/// The two 2-D test functions of the optimizer fixtures, with hand-derived gradients (defined here so the
/// optimizer tests do not depend on the surfaces of the core library).
/// </summary>
internal static class TestFunctions
{
    /// <summary>f = (1 − x)² + 100 (y − x²)².</summary>
    internal static double Rosenbrock(ReadOnlySpan<double> p) => (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]);

    /// <summary>∇f = (−2(1 − x) − 400 x (y − x²), 200 (y − x²)).</summary>
    internal static void RosenbrockGradient(ReadOnlySpan<double> p, Span<double> g)
    {
        double x = p[0], y = p[1];
        g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
        g[1] = 200 * (y - x * x);
    }

    /// <summary>f = 0.1 x² + 2 y².</summary>
    internal static double Quadratic(ReadOnlySpan<double> p) => 0.1 * p[0] * p[0] + 2 * p[1] * p[1];

    /// <summary>∇f = (0.2 x, 4 y).</summary>
    internal static void QuadraticGradient(ReadOnlySpan<double> p, Span<double> g)
    {
        g[0] = 0.2 * p[0];
        g[1] = 4 * p[1];
    }

    internal delegate void Gradient(ReadOnlySpan<double> point, Span<double> gradient);

    internal static Gradient GradientOf(string surface) => surface switch
    {
        "rosenbrock" => RosenbrockGradient,
        "quadratic" => QuadraticGradient,
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, "unknown test function"),
    };
}

using FsCheck;
using FsCheck.Fluent;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Surfaces;

/// <summary>
/// The analytic gradient and Hessian of every surface against central finite differences at random points of its
/// plotting domain.
/// </summary>
/// <remarks>
/// Step h_i = 1e-5 max(1, |x_i|). The central difference has truncation error h² |f'''| / 6 and round-off error
/// about ε |f| / h, so the tolerance is |analytic − numeric| ≤ 1e-6 (1 + |analytic| + |f(x)|) for the gradient
/// (f the value) and ≤ 1e-6 (1 + |H_ij| + |∇f(x)|∞) for the Hessian (differencing the analytic gradient).
/// Both are far above the expected errors (≤ 1e-7 relative on every surface) and far below any real mistake
/// (a wrong sign or factor gives errors of order |analytic|).
/// </remarks>
public sealed class DerivativeTests
{
    private static readonly Arbitrary<int[]> UnitPoints =
        Arb.From(Gen.Choose(0, 1_000_000).ArrayOf(2));

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void GradientMatchesCentralDifferences(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        Check.One(Runs, Prop.ForAll(UnitPoints, (int[] u) =>
        {
            var x = SurfaceCatalog.At(surface, u[0] / 1e6, u[1] / 1e6);
            var analytic = surface.Gradient(x);
            double f = surface.Value(x);
            for (int i = 0; i < x.Length; i++)
            {
                double numeric = CentralDifference(x, i, p => surface.Value(p));
                double tolerance = 1e-6 * (1 + Math.Abs(analytic[i]) + Math.Abs(f));
                Assert.True(Math.Abs(analytic[i] - numeric) <= tolerance,
                    $"{name}: df/dx{i} at ({string.Join(", ", x)}) analytic {analytic[i]:R}, numeric {numeric:R}");
            }
        }));
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void HessianMatchesCentralDifferencesOfTheGradient(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        Check.One(Runs, Prop.ForAll(UnitPoints, (int[] u) =>
        {
            var x = SurfaceCatalog.At(surface, u[0] / 1e6, u[1] / 1e6);
            var hessian = surface.Hessian(x);
            double gradientScale = surface.Gradient(x).Max(Math.Abs);
            Assert.Equal(x.Length, hessian.RowCount);
            Assert.Equal(x.Length, hessian.ColumnCount);
            for (int i = 0; i < x.Length; i++)
            for (int j = 0; j < x.Length; j++)
            {
                double numeric = CentralDifference(x, j, p => surface.Gradient(p)[i]);
                double tolerance = 1e-6 * (1 + Math.Abs(hessian[i, j]) + gradientScale);
                Assert.True(Math.Abs(hessian[i, j] - numeric) <= tolerance,
                    $"{name}: d2f/dx{i}dx{j} at ({string.Join(", ", x)}) analytic {hessian[i, j]:R}, numeric {numeric:R}");
            }
            Assert.Equal(hessian, hessian.Transpose());
        }));
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void SpanAndArrayOverloadsAgree(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        var x = SurfaceCatalog.At(surface, 0.3, 0.8);
        var g = new double[surface.Dimension];
        surface.Gradient(x.AsSpan(), g);
        Assert.Equal(g, surface.Gradient(x));
        double value = surface.Dimension == 1 ? surface.Value(x[0]) : surface.Value(x[0], x[1]);
        Assert.Equal(surface.Value(x.AsSpan()), value);
    }

    private static double CentralDifference(double[] x, int i, Func<double[], double> f)
    {
        double h = 1e-5 * Math.Max(1, Math.Abs(x[i]));
        var plus = (double[])x.Clone();
        var minus = (double[])x.Clone();
        plus[i] += h;
        minus[i] -= h;
        return (f(plus) - f(minus)) / (plus[i] - minus[i]);
    }
}

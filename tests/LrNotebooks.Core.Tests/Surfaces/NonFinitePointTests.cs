using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Surfaces;

/// <summary>
/// Every public evaluation of every surface rejects a point with a NaN or infinite coordinate, naming the
/// parameter and the allowed range; at finite points far out, where the arithmetic overflows, the value is +∞
/// (never NaN, never −∞).
/// </summary>
public sealed class NonFinitePointTests
{
    private static readonly double[] NotFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    private static readonly double[] Huge =
        [0, 1, -1, 1e154, -1e154, 1e155, -1e155, 1e200, -1e200, 1e308, -1e308, double.MaxValue, -double.MaxValue];

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void NonFinitePointsAreRejectedByEveryEvaluation(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        int n = surface.Dimension;
        foreach (double bad in NotFinite)
        for (int coordinate = 0; coordinate < n; coordinate++)
        {
            double[] point = new double[n];
            point[coordinate] = bad;
            AssertRejected("x", () => surface.Value(point));
            AssertRejected("x", () => surface.Value((ReadOnlySpan<double>)point));
            AssertRejected("x", () => surface.Gradient(point));
            AssertRejected("x", () => surface.Gradient(point, new double[n]));
            AssertRejected("x", () => surface.Hessian(point));
            if (n == 1)
                AssertRejected("x", () => surface.Value(bad));
            else
                AssertRejected(coordinate == 0 ? "x" : "y", () => coordinate == 0 ? surface.Value(bad, 0.0) : surface.Value(0.0, bad));
        }
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void FarOutTheValueIsFiniteOrPlusInfinityNeverNaN(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        var g = new double[surface.Dimension];
        foreach (var point in HugePoints(surface.Dimension))
        {
            double f = surface.Value(point);
            Assert.False(double.IsNaN(f) || double.IsNegativeInfinity(f),
                $"{surface.Name} at ({string.Join(", ", point)}) gave {f}");
            // Gradient and Hessian may overflow there, but they answer rather than throw.
            surface.Gradient(point, g);
            surface.Hessian(point);
        }
    }

    [Fact]
    public void OverflowingValuesArePlusInfinityAndFiniteOnesStayExact()
    {
        Assert.Equal(double.PositiveInfinity, Surface.Rosenbrock().Value(1e308, 1e308));
        Assert.Equal(double.PositiveInfinity, Surface.Rastrigin().Value(1e308, 1e308));
        Assert.Equal(double.PositiveInfinity, Surface.Saddle().Value(0, 1e200));
        Assert.Equal(double.PositiveInfinity, Surface.XCosine().Value(1e308));
        Assert.Equal(double.PositiveInfinity, Surface.Quadratic(0.5, 3, 0.7).Value(1e308, -1e308));
        // Beale is 14.203125 on the whole line x = 0, however far out y is.
        Assert.Equal(14.203125, Surface.Beale().Value(0, 1e200));
        // Without a bowl the wells flatten out to 0 far away.
        var wells = Surface.GaussianWells([new GaussianWell(0, 0, 1, 0.7)]);
        Assert.Equal(0, wells.Value(1e300, -1e300));
        Assert.All(wells.Hessian([1e300, -1e300]).Enumerate(), h => Assert.Equal(0, h));
    }

    [Fact]
    public void TheMessageGivesTheAllowedRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("y", () => Surface.Rosenbrock().Value(1, double.NaN));
        Assert.Contains("y must be a finite number", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>("x", () => Surface.Rosenbrock().Gradient([1, double.PositiveInfinity]));
        Assert.Contains("x[1] must be a finite number", e.Message);
        Assert.Contains("1.7976931348623157E+308", e.Message);
    }

    private static IEnumerable<double[]> HugePoints(int dimension) => dimension == 1
        ? Huge.Select(x => new[] { x })
        : from x in Huge from y in Huge select new[] { x, y };

    private static void AssertRejected(string parameter, Action act)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(parameter, e.ParamName);
    }

    private static void AssertRejected(string parameter, Func<object> act) => AssertRejected(parameter, () => { act(); });
}

using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Surfaces;

public sealed class SurfaceValidationTests
{
    public static TheoryData<double> NotPositive => new() { 0, -1, double.NaN, double.PositiveInfinity };

    public static TheoryData<double> NotFinite => new() { double.NaN, double.PositiveInfinity, double.NegativeInfinity };

    [Theory]
    [MemberData(nameof(NotPositive))]
    public void PositiveParametersAreChecked(double bad)
    {
        AssertNames("curvature", () => Surface.Parabola(bad));
        AssertNames("a", () => Surface.Quadratic(bad, 1));
        AssertNames("b", () => Surface.Quadratic(1, bad));
        AssertNames("b", () => Surface.Rosenbrock(1, bad));
        AssertNames("a", () => Surface.Rastrigin(bad));
        AssertNames("depth", () => new GaussianWell(0, 0, bad, 1));
        AssertNames("width", () => new GaussianWell(0, 0, 1, bad));
    }

    [Theory]
    [MemberData(nameof(NotFinite))]
    public void FiniteParametersAreChecked(double bad)
    {
        AssertNames("angle", () => Surface.Quadratic(1, 2, bad));
        AssertNames("a", () => Surface.Rosenbrock(bad));
        AssertNames("x", () => new GaussianWell(bad, 0, 1, 1));
        AssertNames("y", () => new GaussianWell(0, bad, 1, 1));
        AssertNames("bowl", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1)], bad));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void XCosineFrequencyMustBeIn0To100(double c)
    {
        var e = AssertNames("c", () => Surface.XCosine(c));
        Assert.Contains("(0, 100]", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.009)]
    [InlineData(101)]
    [InlineData(double.PositiveInfinity)]
    public void XCosineBowlMustBeInRange(double bowl)
    {
        var e = AssertNames("bowl", () => Surface.XCosine(Math.PI, bowl));
        Assert.Contains("[0.01, 100]", e.Message);
    }

    [Fact]
    public void GaussianWellsRejectsMissingWellsANegativeBowlAndAnEmptyOrBadDomain()
    {
        Assert.Throws<ArgumentNullException>("wells", () => Surface.GaussianWells(null!));
        AssertNames("wells", () => Surface.GaussianWells([]));
        AssertNames("wells", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1), null!]));
        AssertNames("bowl", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1)], -0.1));
        AssertNames("domain", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1)], 0, new PlotDomain(1, -1, -1, 1)));
        AssertNames("domain", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1)], 0, new PlotDomain(-1, 1, double.NaN, 1)));
        // A window that contains no minimum cannot give a global minimum.
        AssertNames("domain", () => Surface.GaussianWells([new GaussianWell(0, 0, 1, 1)], 0, new PlotDomain(2, 3, 2, 3)));
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void PointsOfTheWrongLengthAreRejectedNamingTheArgument(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        double[] wrong = new double[surface.Dimension == 1 ? 2 : 1];
        double[] right = new double[surface.Dimension];
        AssertNames("x", () => surface.Value(wrong));
        AssertNames("x", () => surface.Value(ReadOnlySpan<double>.Empty));
        AssertNames("x", () => surface.Gradient(wrong));
        AssertNames("x", () => surface.Gradient(wrong, new double[surface.Dimension]));
        AssertNames("gradient", () => surface.Gradient(right, new double[surface.Dimension + 1]));
        AssertNames("x", () => surface.Hessian(wrong));
        var e = AssertNames("x", () => surface.Hessian(wrong));
        Assert.Contains($"length {surface.Dimension}", e.Message);
        // The scalar overloads are checked too: Value(x) on a 2-D surface, Value(x, y) on a 1-D one.
        AssertNames("x", () => surface.Dimension == 1 ? surface.Value(1.0, 2.0) : surface.Value(1.0));
    }

    private static ArgumentException AssertNames(string parameter, Action act)
    {
        var e = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(parameter, e.ParamName);
        return e;
    }

    private static ArgumentException AssertNames(string parameter, Func<object> act) => AssertNames(parameter, () => { act(); });
}

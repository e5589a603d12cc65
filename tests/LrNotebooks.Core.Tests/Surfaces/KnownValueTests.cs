using LrNotebooks.Core.Surfaces;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Tests.Surfaces;

/// <summary>Values, minima and curvature of each surface against published or closed-form numbers.</summary>
public sealed class KnownValueTests
{
    private static readonly double[] Coordinates = [-4.2, -2.5, -1, -0.3, 0, 0.7, 1, 1.9, 3.3, 5];

    [Fact]
    public void RosenbrockHimmelblauAndRastriginAgreeWithMathNetTestFunctions()
    {
        var rosenbrock = Surface.Rosenbrock();
        var himmelblau = Surface.Himmelblau();
        var rastrigin = Surface.Rastrigin();
        foreach (double x in Coordinates)
        foreach (double y in Coordinates)
        {
            Assert.Equal(TestFunctions.Rosenbrock(x, y), rosenbrock.Value(x, y), 1e-9);
            Assert.Equal(TestFunctions.Himmelblau(x, y), himmelblau.Value(x, y), 1e-9);
            Assert.Equal(TestFunctions.Rastrigin([x, y]), rastrigin.Value(x, y), 1e-9);
        }
    }

    [Fact]
    public void RosenbrockGeneralisesWithItsParameters()
    {
        var r = Surface.Rosenbrock(-1.5, 10);
        Assert.Equal(Math.Pow(-1.5 - 0.5, 2) + 10 * Math.Pow(2 - 0.25, 2), r.Value(0.5, 2), 12);
        Assert.Equal([-1.5, 2.25], r.Minima.Single().Location);
        // Hessian at the minimum [[2 + 8ba², −4ba], [−4ba, 2b]].
        var h = Surface.Rosenbrock().Hessian([1.0, 1.0]);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 802, -400 }, { -400, 200 } }), h);
    }

    [Fact]
    public void BealeMatchesItsDefinitionAndIsConstantOnTheLinesXZeroAndYOne()
    {
        var beale = Surface.Beale();
        Assert.Equal(0, beale.Value(3, 0.5));
        Assert.Equal(Math.Pow(1.5 - 1 + 2, 2) + Math.Pow(2.25 - 1 + 4, 2) + Math.Pow(2.625 - 1 + 8, 2), beale.Value(1, 2), 12);
        foreach (double t in Coordinates)
        {
            Assert.Equal(14.203125, beale.Value(0, t), 12);
            Assert.Equal(14.203125, beale.Value(t, 1), 12);
        }
        // (0, 1) is a saddle: stationary with an indefinite Hessian.
        Assert.Equal([0.0, 0.0], beale.Gradient(0, 1));
        Assert.False(StationaryPointSearch.PositiveDefinite(beale.Hessian([0.0, 1.0])));
    }

    [Fact]
    public void HimmelblauHasTheFourPublishedMinima()
    {
        double[][] published = [[3, 2], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]];
        var minima = Surface.Himmelblau().Minima;
        Assert.Equal(4, minima.Count);
        Assert.All(minima, m => Assert.True(m.IsGlobal));
        Assert.All(minima, m => Assert.Equal(0, m.Value));
        Assert.All(minima, m => Assert.True(Surface.Himmelblau().Value(m.Location) < 1e-25));
        foreach (var p in published)
            Assert.Contains(minima, m => Math.Abs(m.Location[0] - p[0]) < 1e-6 && Math.Abs(m.Location[1] - p[1]) < 1e-6);
        Assert.Contains(minima, m => m.Location[0] == 3 && m.Location[1] == 2);
    }

    [Fact]
    public void SaddleHasAnIndefiniteHessianAtTheOriginAndTwoMinima()
    {
        var saddle = Surface.Saddle();
        Assert.Equal([0.0, 0.0], Saddle.SaddlePoint);
        Assert.Equal([0.0, 0.0], saddle.Gradient(0, 0));
        var eigenvalues = saddle.Hessian([0.0, 0.0]).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        Assert.Equal([-1.0, 2.0], eigenvalues);
        Assert.Equal(-0.25, saddle.MinimumValue);
        Assert.Equal(2, saddle.Minima.Count);
        Assert.All(saddle.Minima, m => Assert.True(m.IsGlobal));
        Assert.Equal([[0.0, -1.0], [0.0, 1.0]], saddle.Minima.Select(m => m.Location));
        // Plateau: near the saddle the escape direction's gradient is about −y, tiny for small y.
        Assert.Equal(-1e-6, saddle.Gradient(0, 1e-6)[1], 15);
    }

    [Fact]
    public void RastriginHasItsGlobalMinimumAtTheOriginAndLocalMinimaNearTheIntegers()
    {
        var rastrigin = Surface.Rastrigin();
        Assert.Equal(121, rastrigin.Minima.Count);
        Assert.Equal([0.0, 0.0], rastrigin.Minima[0].Location);
        Assert.Equal(0, rastrigin.MinimumValue);
        Assert.Single(rastrigin.Minima, m => m.IsGlobal);
        foreach (var m in rastrigin.Minima)
        {
            Assert.InRange(Math.Abs(m.Location[0] - Math.Round(m.Location[0])), 0, 0.05);
            Assert.InRange(Math.Abs(m.Location[1] - Math.Round(m.Location[1])), 0, 0.05);
        }
        // The nearest local minimum, (±0.99496, 0), has f ≈ 0.99496 (a standard check value).
        Assert.Equal(0.994959, rastrigin.Minima[1].Value, 6);
    }

    [Fact]
    public void RastriginWithASmallAmplitudeHasOnlyTheMinimaThatExist()
    {
        // g(t) = t² − A cos 2πt + A has a local minimum near k only where 2 + 4π²A cos 2πt can be > 0 with
        // g'(t) = 0, i.e. |k| ≲ πA; for A = 0.3 that is k ∈ {−1, 0, 1}.
        var rastrigin = Surface.Rastrigin(0.3);
        Assert.Equal(9, rastrigin.Minima.Count);
    }

    [Fact]
    public void GaussianWellsDefaultLandscapeHasOneGlobalAndTwoLocalMinima()
    {
        var wells = Surface.GaussianWells();
        var minima = wells.Minima;
        Assert.Equal(3, minima.Count);
        Assert.Single(minima, m => m.IsGlobal);
        Assert.Equal(1.4764, minima[0].Location[0], 4);
        Assert.Equal(0.9845, minima[0].Location[1], 4);
        Assert.Equal(-1.45495, minima[0].Value, 5);
        Assert.Equal(-0.94320, minima[1].Value, 5);
        Assert.Equal(-0.53751, minima[2].Value, 5);
        Assert.Equal(3, wells.Wells.Count);
        Assert.Equal(0.1, wells.Bowl);
    }

    [Fact]
    public void GaussianWellsValueFollowsTheFormula()
    {
        var w = Surface.GaussianWells([new GaussianWell(1, -1, 2, 0.5), new GaussianWell(-1, 0, 1, 1)], bowl: 0.3);
        double x = 0.4, y = -0.2;
        double expected = 0.15 * (x * x + y * y)
                          - 2 * Math.Exp(-((x - 1) * (x - 1) + (y + 1) * (y + 1)) / 0.5)
                          - Math.Exp(-((x + 1) * (x + 1) + y * y) / 2);
        Assert.Equal(expected, w.Value(x, y), 14);
        Assert.Equal(new PlotDomain(-4, 2.5, -3, 3), w.Domain);
    }

    [Fact]
    public void XCosineDefaultHasTheExactGlobalMinimumAtOneAndALocalOneNearMinusAQuarter()
    {
        var f = Surface.XCosine();
        Assert.Equal(Math.PI, f.C);
        Assert.Equal(1, f.Bowl);
        Assert.Equal(2, f.Minima.Count);
        Assert.Equal(1, f.Minima[0].Location[0], 12);
        Assert.Equal(-0.5, f.MinimumValue, 14);
        Assert.Equal(Math.PI * Math.PI + 1, f.Hessian([1.0])[0, 0], 12);
        Assert.Equal(-0.23612, f.Minima[1].Location[0], 5);
        Assert.Equal(-0.14621, f.Minima[1].Value, 5);
        Assert.Equal(-1, f.Domain.XMin, 12);
        Assert.Equal(2, f.Domain.XMax, 12);
        // The 1-D range covers the curve: from below the minimum to above the value at x = 2 (f(2) = 4).
        Assert.True(f.Domain.YMin < -0.5 && f.Domain.YMax > 4);
    }

    [Fact]
    public void XCosineGlobalMinimumIsGlobalOnTheWholeLine()
    {
        foreach (var f in new[] { Surface.XCosine(), Surface.XCosine(2, 0.3), Surface.XCosine(7, 0.05) })
        {
            double best = double.PositiveInfinity;
            for (double x = -2 / f.Bowl - 1; x <= 2 / f.Bowl + 1; x += 1e-4) best = Math.Min(best, f.Value(x));
            Assert.True(f.MinimumValue <= best + 1e-12, $"{f.Name}: f* = {f.MinimumValue}, but the scan found {best}");
            Assert.InRange(f.Minima[0].Location[0], f.Domain.XMin, f.Domain.XMax);
            Assert.True(f.Minima.Count >= 2, $"{f.Name} should show a local minimum next to the global one");
        }
    }

    [Fact]
    public void QuadraticEigenvaluesStabilityLimitAndConditionNumber()
    {
        var ill = Surface.Quadratic(0.1, 2);
        Assert.Equal([0.2, 4.0], ill.Eigenvalues);
        Assert.Equal(4, ill.LargestEigenvalue);
        Assert.Equal(0.2, ill.SmallestEigenvalue, 15);
        Assert.Equal(0.5, ill.StabilityLimit);
        Assert.Equal(20, ill.ConditionNumber, 12);
        Assert.Equal(2 / 4.2, ill.OptimalLearningRate, 15);
        Assert.Equal(0.1 * 4 + 2 * 9, ill.Value(2, 3), 14);

        var parabola = Surface.Parabola(3);
        Assert.Equal(3, parabola.LargestEigenvalue);
        Assert.Equal(2.0 / 3, parabola.StabilityLimit);
        Assert.Equal(1, parabola.ConditionNumber);
        Assert.Equal(6, parabola.Value(2));
        Assert.Equal([6.0], parabola.Gradient(2));
    }

    [Theory]
    [InlineData(0.1, 2, 0.3)]
    [InlineData(3, 0.5, -1.2)]
    [InlineData(1, 1, 0.9)]
    [InlineData(0.25, 4, Math.PI / 4)]
    public void RotatedQuadraticKeepsItsEigenvaluesAndTurnsItsAxes(double a, double b, double angle)
    {
        var q = Surface.Quadratic(a, b, angle);
        Assert.Equal(Math.Min(2 * a, 2 * b), q.SmallestEigenvalue, 12);
        Assert.Equal(Math.Max(2 * a, 2 * b), q.LargestEigenvalue, 12);
        Assert.Equal(1 / Math.Max(a, b), q.StabilityLimit, 12);
        // Along the first axis (cos θ, sin θ) the bowl is a t², along the second b t².
        double c = Math.Cos(angle), s = Math.Sin(angle), t = 1.7;
        Assert.Equal(a * t * t, q.Value(t * c, t * s), 12);
        Assert.Equal(b * t * t, q.Value(-t * s, t * c), 12);
        // The Hessian maps the axis directions to 2a and 2b times themselves.
        var h = q.Curvature;
        var u = Vector<double>.Build.DenseOfArray([c, s]);
        var v = Vector<double>.Build.DenseOfArray([-s, c]);
        Assert.True((h * u - 2 * a * u).L2Norm() < 1e-12);
        Assert.True((h * v - 2 * b * v).L2Norm() < 1e-12);
    }

    [Fact]
    public void NamesAreReadableLabelsAndSurfacesPrintAsTheirNames()
    {
        Assert.Equal("parabola (L=2)", Surface.Parabola(2).Name);
        Assert.Equal("quadratic (a=0.1, b=2)", Surface.Quadratic(0.1, 2).Name);
        Assert.Equal("quadratic (a=0.1, b=2, 30°)", Surface.Quadratic(0.1, 2, Math.PI / 6).Name);
        Assert.Equal("Rosenbrock (a=1, b=100)", Surface.Rosenbrock().Name);
        Assert.Equal("Beale", Surface.Beale().Name);
        Assert.Equal("Himmelblau", Surface.Himmelblau().Name);
        Assert.Equal("saddle x² + y⁴/4 − y²/2", Surface.Saddle().Name);
        Assert.Equal("Rastrigin (A=10)", Surface.Rastrigin().Name);
        Assert.Equal("Gaussian wells (3, q=0.1)", Surface.GaussianWells().Name);
        Assert.Equal("x·cos(πx) + 0.5x²", Surface.XCosine().Name);
        Assert.Equal("x·cos(2x) + 0.15x²", Surface.XCosine(2, 0.3).Name);
        Assert.Equal("Beale", Surface.Beale().ToString());
    }

    [Fact]
    public void SurfacesWithEqualParametersAreEqual()
    {
        Assert.Equal(Surface.Rastrigin(), Surface.Rastrigin());
        Assert.NotEqual(Surface.Rastrigin(), Surface.Rastrigin(5));
        Assert.Equal(Surface.GaussianWells(), Surface.GaussianWells());
        Assert.Equal(Surface.GaussianWells().GetHashCode(), Surface.GaussianWells().GetHashCode());
        Assert.Equal(Surface.XCosine(), Surface.XCosine());
        Assert.NotEqual(Surface.XCosine(), Surface.XCosine(3));
        Assert.Equal(Surface.Quadratic(0.1, 2), Surface.Quadratic(0.1, 2));
        Assert.NotEqual<Surface>(Surface.Quadratic(1, 1), Surface.Parabola(2));
        Assert.Equal(Surface.Himmelblau(), Surface.Himmelblau());
    }
}

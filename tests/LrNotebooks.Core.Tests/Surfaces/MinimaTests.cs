using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Surfaces;

public sealed class MinimaTests
{
    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void GradientVanishesAtEveryListedMinimum(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        foreach (var m in surface.Minima)
        {
            var g = surface.Gradient(m.Location);
            // Round-off level: the gradient terms are O(1..100) on these surfaces.
            Assert.True(g.All(c => Math.Abs(c) <= 1e-12 * (1 + Math.Abs(m.Value)) * 100),
                $"{name}: gradient ({string.Join(", ", g)}) at ({string.Join(", ", m.Location)})");
        }
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void HessianIsPositiveDefiniteAtEveryListedMinimum(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        Assert.All(surface.Minima, m => Assert.True(StationaryPointSearch.PositiveDefinite(surface.Hessian(m.Location))));
    }

    [Theory]
    [MemberData(nameof(SurfaceCatalog.Names), MemberType = typeof(SurfaceCatalog))]
    public void MinimaAreConsistentGlobalFirstAndInsideTheDomain(string name)
    {
        var surface = SurfaceCatalog.Get(name);
        var minima = surface.Minima;
        Assert.NotEmpty(minima);
        Assert.True(minima[0].IsGlobal);
        Assert.Equal(minima[0].Value, surface.MinimumValue);
        int globals = minima.Count(m => m.IsGlobal);
        Assert.All(minima.Take(globals), m => Assert.True(m.IsGlobal));
        Assert.All(minima.Skip(globals), m => Assert.False(m.IsGlobal));
        var d = surface.Domain;
        foreach (var m in minima)
        {
            Assert.Equal(surface.Dimension, m.Location.Length);
            Assert.Equal(surface.Value(m.Location), m.Value, 1e-12);
            Assert.True(m.Value >= surface.MinimumValue - 1e-12);
            Assert.InRange(m.Location[0], d.XMin, d.XMax);
            if (surface.Dimension == 2) Assert.InRange(m.Location[1], d.YMin, d.YMax);
        }
        // Local minima are listed by increasing value.
        var locals = minima.Skip(globals).Select(m => m.Value).ToArray();
        Assert.Equal(locals.Order(), locals);
    }

    [Theory]
    [InlineData("Beale", 121)]
    [InlineData("Himmelblau", 121)]
    [InlineData("saddle", 41)]
    [InlineData("Gaussian wells", 71)]
    [InlineData("Gaussian wells, no bowl", 71)]
    [InlineData("Rastrigin", 81)]
    [InlineData("Rastrigin A=2.5", 81)]
    [InlineData("quadratic rotated", 5)]
    [InlineData("Rosenbrock", 41)]
    [InlineData("Rosenbrock a=-1.5 b=10", 41)]
    public void NoMinimumInTheDomainIsMissingFromTheList2D(string name, int grid) => AssertListIsComplete(name, grid);

    [Theory]
    [InlineData("x cos(pi x)")]
    [InlineData("x cos(2x), q=0.3")]
    [InlineData("parabola L=2")]
    public void NoMinimumInTheDomainIsMissingFromTheList1D(string name) => AssertListIsComplete(name, 2001);

    [Fact]
    public void ListedMinimaAreCopiesSoCallersCannotCorruptThem()
    {
        var surface = Surface.Himmelblau();
        surface.Minima[0].Location[0] = 1000;
        Assert.Equal(3.0, surface.Minima.Single(m => m.Location[1] == 2).Location[0], 12);
        Assert.DoesNotContain(surface.Minima, m => m.Location[0] == 1000);
    }

    private static void AssertListIsComplete(string name, int grid)
    {
        var surface = SurfaceCatalog.Get(name);
        var found = StationaryPointSearch.StrictMinimaInDomain(surface, grid);
        var listed = surface.Minima.Select(m => m.Location).ToList();
        foreach (var p in found)
            Assert.True(listed.Any(l => StationaryPointSearch.Distance(l, p) < 1e-6),
                $"{name}: minimum at ({string.Join(", ", p)}) f = {surface.Value(p)} is not listed");
        foreach (var l in listed)
            Assert.True(found.Any(p => StationaryPointSearch.Distance(l, p) < 1e-6),
                $"{name}: listed minimum at ({string.Join(", ", l)}) was not found by the independent search");
    }
}

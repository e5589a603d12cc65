using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Surfaces;

/// <summary>Every surface type, with default and non-default parameters, for the theories that must hold for all.</summary>
internal static class SurfaceCatalog
{
    private static readonly Dictionary<string, Func<Surface>> Factories = new()
    {
        ["parabola L=2"] = () => Surface.Parabola(2),
        ["parabola L=0.05"] = () => Surface.Parabola(0.05),
        ["quadratic isotropic"] = () => Surface.Quadratic(1, 1),
        ["quadratic ill-conditioned"] = () => Surface.Quadratic(0.1, 2),
        ["quadratic rotated"] = () => Surface.Quadratic(0.5, 3, 0.7),
        ["Rosenbrock"] = () => Surface.Rosenbrock(),
        ["Rosenbrock a=-1.5 b=10"] = () => Surface.Rosenbrock(-1.5, 10),
        ["Beale"] = () => Surface.Beale(),
        ["Himmelblau"] = () => Surface.Himmelblau(),
        ["saddle"] = () => Surface.Saddle(),
        ["Rastrigin"] = () => Surface.Rastrigin(),
        ["Rastrigin A=2.5"] = () => Surface.Rastrigin(2.5),
        ["Gaussian wells"] = () => Surface.GaussianWells(),
        ["Gaussian wells, no bowl"] = () => Surface.GaussianWells(
            [new GaussianWell(0, 0, 1, 0.7), new GaussianWell(2, 1, 0.6, 0.5), new GaussianWell(-1.5, 2, 1.3, 0.4)]),
        ["x cos(pi x)"] = () => Surface.XCosine(),
        ["x cos(2x), q=0.3"] = () => Surface.XCosine(2, 0.3),
    };

    private static readonly Dictionary<string, Surface> Cache = new();

    public static IEnumerable<object[]> Names => Factories.Keys.Select(k => new object[] { k });

    /// <summary>The surface for a catalog name (built once; surfaces are immutable).</summary>
    public static Surface Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var surface)) Cache[name] = surface = Factories[name]();
            return surface;
        }
    }

    /// <summary>The point at fractions (u, v) ∈ [0, 1]² of the plotting domain (v unused in 1-D).</summary>
    public static double[] At(Surface surface, double u, double v)
    {
        var d = surface.Domain;
        double x = d.XMin + u * (d.XMax - d.XMin);
        return surface.Dimension == 1 ? [x] : [x, d.YMin + v * (d.YMax - d.YMin)];
    }
}

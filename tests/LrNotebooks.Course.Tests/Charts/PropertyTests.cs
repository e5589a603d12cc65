using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course.Tests;

/// <summary>Randomised checks: whatever numbers come in, no chart carries NaN or infinity, and clipping stays in the box.</summary>
public sealed class PropertyTests
{
    private static readonly PlotDomain Box = new(-3, 3, -2, 2);

    [Property(MaxTest = 200)]
    public void Clipped_paths_stay_inside_the_box_and_keep_every_inside_iterate(double[] raw)
    {
        var xs = raw.Select((v, i) => i % 2 == 0 ? v : v * 1e3).Where(double.IsFinite).ToArray();
        if (xs.Length < 2) return;
        var ys = xs.Select((v, i) => Math.Sin(i + v) * (i % 3 + 1) * 1.5).ToArray();
        var pieces = DomainClipper.Clip(xs, ys, Box);
        foreach (var v in pieces.SelectMany(p => p))
        {
            Assert.InRange(v.X, Box.XMin - 1e-9, Box.XMax + 1e-9);
            Assert.InRange(v.Y, Box.YMin - 1e-9, Box.YMax + 1e-9);
        }
        var kept = pieces.SelectMany(p => p).Where(v => !v.OnBoundary).Select(v => v.Step).ToHashSet();
        for (int i = 0; i < xs.Length; i++)
            if (DomainClipper.Inside(xs[i], ys[i], Box)) Assert.Contains(i, kept);
        Assert.All(pieces, p => Assert.True(p.Count >= 1));
        // Each piece is consecutive steps: boundary points only at its ends, and only next to an inside iterate
        // (a step between two outside iterates is never drawn).
        foreach (var p in pieces)
        {
            for (int j = 1; j + 1 < p.Count; j++) Assert.False(p[j].OnBoundary);
            var iterates = p.Where(v => !v.OnBoundary).Select(v => v.Step).ToList();
            Assert.NotEmpty(iterates);
            Assert.Equal(Enumerable.Range(iterates[0], iterates.Count), iterates);
            if (p[0].OnBoundary) Assert.Equal(iterates[0] - 1, p[0].Step);
            if (p.Count > 1 && p[^1].OnBoundary) Assert.Equal(iterates[^1], p[^1].Step);
        }
    }

    [Property(MaxTest = 100)]
    public void Lines_never_carry_non_finite_numbers(double[] ys, bool logX, bool logY)
    {
        if (ys.Length == 0) return;
        var xs = ys.Select((_, i) => i + 1.0).ToArray();
        _ = new ChartJson(Plots.Lines("t", "x", "y", [new Series("s", xs, ys)], logX, logY));
    }

    [Property(MaxTest = 100)]
    public void Sweeps_never_carry_non_finite_numbers(double[] ys, bool logY)
    {
        if (ys.Length == 0) return;
        var lrs = ys.Select((_, i) => Math.Pow(10, -4 + i * 0.1)).ToArray();
        _ = new ChartJson(Plots.Sweep(lrs, [new Series("s", ys), new Series("t", ys.Reverse().ToArray())], "y", logY));
    }

    [Property(MaxTest = 50)]
    public void Heat_maps_never_carry_non_finite_numbers(double a, double b, double c, double d)
    {
        _ = new ChartJson(Plots.HeatMap("t", ["x1", "x2"], ["y1", "y2"], new[,] { { a, b }, { c, d } }, "x", "y", "v"));
    }

    [Property(MaxTest = 25)]
    public void Loss_charts_never_carry_non_finite_numbers(NormalFloat[] losses, bool logY)
    {
        if (losses.Length == 0) return;
        var l = losses.Select(v => v.Get).ToArray();
        var run = new Core.Running.Trajectory("r", l.Select(v => new[] { v, -v }).ToArray(), l, l.Skip(1).Select(Math.Abs).ToArray(),
            l.Select(Math.Abs).ToArray(), l.Skip(1).Select(v => new[] { Math.Abs(v), 0.0 }).ToArray(),
            new Core.Running.RunStatus(Core.Running.RunOutcome.Diverged, l.Length));
        _ = new ChartJson(Plots.Loss([run], logY));
        _ = new ChartJson(Plots.Contour(new Bowl(), run));
        if (l.Length > 1) _ = new ChartJson(Plots.EffectiveStepSizes(run));
    }
}

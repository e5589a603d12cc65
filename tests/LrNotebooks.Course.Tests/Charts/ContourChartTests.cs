using System.Text.Json;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Course.Tests;

public sealed class ContourChartTests
{
    private static readonly Bowl Bowl = new();

    [Fact]
    public void Contour_of_the_surface_over_its_domain_with_the_minimum_marked()
    {
        var json = new ChartJson(Plots.Contour(Bowl));
        var contour = Assert.Single(json.TracesOfType("contour"));
        Assert.Equal(81, ChartJson.Numbers(contour, "x").Length);
        Assert.Equal(-3, ChartJson.Numbers(contour, "x")[0]);
        Assert.Equal(2, ChartJson.Numbers(contour, "y")[^1]);
        Assert.Equal(81, contour.GetProperty("z").GetArrayLength());
        Assert.Equal("levels of f", ChartJson.Str(contour, "name"));
        var minimum = json.Trace("global minimum");
        Assert.Equal("star", minimum.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal([0.0], ChartJson.Numbers(minimum, "x").Select(v => v!.Value));
        Assert.Equal("bowl(a=0.5, b=2): paths over the contours", json.Title);
        Assert.Equal("x", json.AxisTitle("xaxis"));
        Assert.Equal("y", json.AxisTitle("yaxis"));
        Assert.Equal([-3.0, 3.0], json.Layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("x", json.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
    }

    [Fact]
    public void Levels_are_log_spaced_for_a_surface_spanning_decades()
    {
        var json = new ChartJson(Plots.Contour(new Valley()));
        var contour = Assert.Single(json.TracesOfType("contour"));
        Assert.Equal("log-spaced levels of f − f*", ChartJson.Str(contour, "name"));
        var ticks = contour.GetProperty("colorbar").GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("1", ticks);
        Assert.Contains("1000", ticks);
        Assert.Equal(0.5, contour.GetProperty("contours").GetProperty("size").GetDouble());
    }

    [Fact]
    public void Paths_have_start_and_end_marks_and_hover_with_step_rate_and_loss()
    {
        var run = TestRuns.Descend(Bowl, 0.2, [-2.5, 1.5], 30, "good");
        var json = new ChartJson(Plots.Contour(Bowl, run));
        var path = json.Trace("good");
        // Every drawn vertex is an iterate, in order, from the first to the last; iterates bunched at the minimum
        // (closer than 0.2 % of the plot's diagonal to the previous drawn one) are left out.
        var drawn = ChartJson.Numbers(path, "x").Select(v => v!.Value).ToList();
        var all = run.Points.Select(p => p[0]).ToList();
        Assert.Equal(all[0], drawn[0]);
        Assert.Equal(all[^1], drawn[^1]);
        int k = 0;
        foreach (var x in drawn) { while (k < all.Count && all[k] != x) k++; Assert.True(k < all.Count, $"{x} is not an iterate in order"); }
        Assert.True(drawn.Count < all.Count);
        var steps = path.GetProperty("customdata").EnumerateArray().Select(c => int.Parse(c[0].GetString()!)).ToList();
        Assert.Equal(steps.Order(), steps);
        Assert.Contains("learning rate %{customdata[1]}", path.GetProperty("hovertemplate").GetString());
        var start = json.Traces.Single(t => ChartJson.Str(t, "name") == "start");
        Assert.Equal(-2.5, ChartJson.Numbers(start, "x")[0]);
        var end = json.Traces.Single(t => ChartJson.Str(t, "name") == "end");
        Assert.Equal(run.FinalPoint[0], ChartJson.Numbers(end, "x")[0]);
        Assert.Equal("square", end.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Contains("○ start   □ end   ✕ diverged", json.AnnotationTexts);
    }

    [Fact]
    public void A_diverged_run_is_clipped_to_the_domain_and_labelled()
    {
        var run = TestRuns.Descend(Bowl, 0.6, [-2.5, 1.5], 200, "too high");
        Assert.True(run.Status.Diverged);
        var json = new ChartJson(Plots.Contour(Bowl, run));
        var path = json.Trace($"too high — {run.Status}");
        var xs = ChartJson.Numbers(path, "x");
        var ys = ChartJson.Numbers(path, "y");
        // y grows by -1.4 per step: the path leaves the box at step 0 -> 1 and is not drawn beyond that exit.
        Assert.DoesNotContain(xs, v => v is null);
        for (int i = 0; i < xs.Length; i++)
        {
            if (xs[i] is null) continue;
            Assert.InRange(xs[i]!.Value, -3 - 1e-12, 3 + 1e-12);
            Assert.InRange(ys[i]!.Value, -2 - 1e-12, 2 + 1e-12);
        }
        Assert.Contains(run.Status.ToString(), json.AnnotationTexts);
        Assert.Contains(json.Traces, t => ChartJson.Str(t, "name") == run.Status.ToString());
    }

    [Theory]
    [InlineData(0.1, 2)]
    [InlineData(0.5, 2)]
    public void A_diverging_run_is_drawn_to_where_it_leaves_the_domain_and_marked_there(double a, double b)
    {
        // y is multiplied by 1 - 2 b lr = -1.2 per step: it flips sign with growing amplitude while x settles, so
        // every later step is a chord from far above the box to far below it (the bundle of vertical lines).
        var surface = LrNotebooks.Core.Surfaces.Surface.Quadratic(a, b);
        var run = TestRuns.Descend(surface, 0.55, [-2.5, 1.5], 60, "lr 0.55");
        Assert.True(run.Status.Diverged);
        var d = surface.Domain;
        int lastInside = Enumerable.Range(0, run.Points.Count).Last(k => DomainClipper.Inside(run.Points[k][0], run.Points[k][1], d));
        Assert.True(lastInside < run.StepsTaken - 10, "the test needs a run that goes on long after it left the box");

        var json = new ChartJson(Plots.Contour(surface, run));
        var path = json.Trace($"lr 0.55 — {run.Status}");
        var xs = ChartJson.Numbers(path, "x");
        var ys = ChartJson.Numbers(path, "y");
        Assert.DoesNotContain(xs, v => v is null);
        var steps = path.GetProperty("customdata").EnumerateArray().Select(c => c[0].GetString()!).ToList();
        // Iterates 0 .. lastInside (thinned), then one boundary point on the exit step, then nothing.
        Assert.Equal($"{lastInside}→{lastInside + 1} (leaves the plotted area)", steps[^1]);
        Assert.All(steps.SkipLast(1), s => Assert.InRange(int.Parse(s), 0, lastInside));
        double exitY = ys[^1]!.Value;
        Assert.True(exitY == d.YMax || exitY == d.YMin, $"the path ends on the top or bottom edge, not at y = {exitY}");
        var p = run.Points[lastInside];
        var q = run.Points[lastInside + 1];
        double t = (exitY - p[1]) / (q[1] - p[1]);
        Assert.Equal(p[0] + t * (q[0] - p[0]), xs[^1]!.Value, 12);
        // ✕ and "diverged at step k" at the exit point.
        var cross = json.Trace(run.Status.ToString());
        Assert.Equal(xs[^1], ChartJson.Numbers(cross, "x")[0]);
        Assert.Equal(exitY, ChartJson.Numbers(cross, "y")[0]);
        var label = json.Layout.GetProperty("annotations").EnumerateArray().Single(x => x.GetProperty("text").GetString() == run.Status.ToString());
        Assert.Equal(xs[^1]!.Value, label.GetProperty("x").GetDouble());
        Assert.Equal(exitY, label.GetProperty("y").GetDouble());
        // The label points back into the picture (down from the top edge, up from the bottom one), not off the chart.
        Assert.Equal(exitY > 0, label.GetProperty("ay").GetDouble() > 0);
    }

    [Fact]
    public void Chords_between_two_iterates_outside_the_domain_are_not_drawn()
    {
        var box = new LrNotebooks.Core.Surfaces.PlotDomain(-3, 3, -2, 2);
        // In, out above, out below (the chord crosses the whole box), back in.
        var pieces = DomainClipper.Clip([0.0, 0.5, 0.4, 0.3], [0.0, 5, -5, 1], box);
        Assert.Equal(2, pieces.Count);
        Assert.Equal([(0, false), (0, true)], pieces[0].Select(v => (v.Step, v.OnBoundary)));
        Assert.Equal(2.0, pieces[0][^1].Y);
        Assert.Equal([(2, true), (3, false)], pieces[1].Select(v => (v.Step, v.OnBoundary)));
        Assert.Equal(-2.0, pieces[1][0].Y);
        // Far outside on both sides, with coordinates near the end of the double range: nothing at all.
        Assert.Empty(DomainClipper.Clip([1e300, -1e300, 1e300], [1e300, -1e300, 1e-300], box));
    }

    [Fact]
    public void Labels_are_plain_text_in_legend_and_hover()
    {
        var run = TestRuns.Descend(Bowl, 0.6, [-2.5, 1.5], 50, "η < 2/L & <b>bold</b>");
        var json = new ChartJson(Plots.Contour(Bowl, run));
        Assert.Contains($"η &lt; 2/L &amp; &lt;b&gt;bold&lt;/b&gt; — {run.Status}", json.Names);
        var start = json.Traces.Single(t => ChartJson.Str(t, "name") == "start");
        Assert.StartsWith("start of η &lt; 2/L &amp; &lt;b&gt;bold&lt;/b&gt;<br>", start.GetProperty("hovertemplate").GetString());
        var outside = TestRuns.Descend(Bowl, 0.6, [-2.5, 2.5], 50, "a < b");
        Assert.Contains($"a &lt; b: {outside.Status}, outside the plotted area",
            string.Join("   ·   ", new ChartJson(Plots.Contour(Bowl, outside)).AnnotationTexts));
    }

    [Fact]
    public void Local_minima_get_their_own_marker()
    {
        var json = new ChartJson(Plots.Curve(new TwoWells()));
        Assert.Equal("diamond", json.Trace("local minimum").GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("star", json.Trace("global minimum").GetProperty("marker").GetProperty("symbol").GetString());
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("surface", Assert.Throws<ArgumentNullException>(() => Plots.Contour(null!)).ParamName);
        Assert.Equal("surface", Assert.Throws<ArgumentException>(() => Plots.Contour(new TwoWells())).ParamName);
        var oneD = TestRuns.Descend(new TwoWells(), 0.1, [1.0], 5);
        var ex = Assert.Throws<ArgumentException>(() => Plots.Contour(Bowl, oneD));
        Assert.Equal("runs", ex.ParamName);
        Assert.Contains("2 coordinate(s)", ex.Message);
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Plots.Contour(Bowl, (Trajectory[])null!)).ParamName);
        Assert.Equal("surface", Assert.Throws<ArgumentException>(() => Plots.Contour(new BadDomain())).ParamName);
    }

    private sealed record BadDomain : Core.Surfaces.Surface
    {
        public override string Name => "bad";
        public override int Dimension => 2;
        public override double Value(ReadOnlySpan<double> x) => 0;
        public override void Gradient(ReadOnlySpan<double> x, Span<double> g) { }
        public override MathNet.Numerics.LinearAlgebra.Matrix<double> Hessian(ReadOnlySpan<double> x) => throw new NotSupportedException();
        public override IReadOnlyList<Core.Surfaces.SurfaceMinimum> Minima => [new([0, 0], 0, true)];
        public override Core.Surfaces.PlotDomain Domain => new(1, 1, 0, double.NaN);
    }
}

public sealed class CurveChartTests
{
    private static readonly Parabola1D Parabola = new(1);

    [Fact]
    public void The_curve_with_numbered_iterates_and_arrows_between_steps()
    {
        var run = TestRuns.Descend(Parabola, 1.8, [2.4], 6, "lr=1.8");
        var json = new ChartJson(Plots.Curve(Parabola, run));
        var curve = json.Trace("f(x)");
        Assert.Equal(400, ChartJson.Numbers(curve, "x").Length);
        Assert.Equal(0.5 * 9, ChartJson.Numbers(curve, "y")[0]!.Value, 12);
        Assert.Equal("parameter x", json.AxisTitle("xaxis"));
        Assert.Equal("loss f(x)", json.AxisTitle("yaxis"));
        var numbers = json.Traces.Single(t => ChartJson.Str(t, "name") == "step numbers");
        Assert.Equal("text", ChartJson.Str(numbers, "mode"));
        var labels = numbers.GetProperty("text").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6"], labels);
        var arrows = json.Layout.GetProperty("annotations").EnumerateArray().Where(a => a.TryGetProperty("axref", out _)).ToList();
        Assert.Equal(6, arrows.Count);
        Assert.Equal(2.4, arrows[0].GetProperty("ax").GetDouble());
        Assert.Equal(run.Points[1][0], arrows[0].GetProperty("x").GetDouble());
        Assert.Equal("lr=1.8", ChartJson.Str(json.Trace("lr=1.8"), "name"));
    }

    [Fact]
    public void Iterates_bunched_at_the_minimum_are_not_numbered_on_top_of_each_other()
    {
        var run = TestRuns.Descend(Parabola, 0.5, [2.0], 12);
        var json = new ChartJson(Plots.Curve(Parabola, run));
        var numbers = json.Traces.Single(t => ChartJson.Str(t, "name") == "step numbers");
        var labels = numbers.GetProperty("text").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Equal("0", labels[0]);
        Assert.True(labels.Count < 13);
    }

    [Fact]
    public void A_diverging_run_is_clipped_and_labelled()
    {
        var run = TestRuns.Descend(Parabola, 2.5, [1.0], 200, "lr=2.5");
        Assert.True(run.Status.Diverged);
        var json = new ChartJson(Plots.Curve(Parabola, run));
        var path = json.Trace($"lr=2.5 — {run.Status}");
        Assert.All(ChartJson.Numbers(path, "x").Where(v => v is not null), v => Assert.InRange(v!.Value, -3 - 1e-12, 3 + 1e-12));
        Assert.All(ChartJson.Numbers(path, "y").Where(v => v is not null), v => Assert.InRange(v!.Value, -0.2 - 1e-12, 4.5 + 1e-12));
        Assert.Contains(run.Status.ToString(), json.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("surface", Assert.Throws<ArgumentException>(() => Plots.Curve(new Bowl())).ParamName);
        Assert.Equal("surface", Assert.Throws<ArgumentNullException>(() => Plots.Curve(null!)).ParamName);
        var twoD = TestRuns.Descend(new Bowl(), 0.1, [1.0, 1.0], 3);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.Curve(Parabola, twoD)).ParamName);
    }
}

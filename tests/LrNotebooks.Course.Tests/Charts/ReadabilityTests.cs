using System.Text.Json;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

public sealed class ReadabilityTests
{
    private static string[] TickTexts(ChartJson chart, string axis) =>
        chart.Layout.GetProperty(axis).GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()!).ToArray();

    private static double[] TickValues(ChartJson chart, string axis) =>
        chart.Layout.GetProperty(axis).GetProperty("tickvals").EnumerateArray().Select(t => t.GetDouble()).ToArray();

    [Fact]
    public void A_log_axis_over_many_decades_labels_every_decade_and_no_bare_digit_between()
    {
        var bowl = Surface.Quadratic(1, 1);
        var chart = new ChartJson(Plots.Loss(TestRuns.Descend(bowl, 0.3, [1, 1], 6)));
        var values = TickValues(chart, "yaxis");
        var texts = TickTexts(chart, "yaxis");
        Assert.All(values, v => Assert.Equal(Math.Round(Math.Log10(v)), Math.Log10(v), 9));
        for (int i = 1; i < values.Length; i++) Assert.Equal(10, values[i] / values[i - 1], 9);
        Assert.All(texts, t => Assert.NotEmpty(t));
        Assert.All(texts, t => Assert.Matches(@"^(0\.0*1|1|10+|10<sup>-?\d+</sup>)$", t));
        Assert.Contains("0.01", texts);
        Assert.True(texts.Length >= 4, string.Join(" ", texts));
        // The minor ticks between decades carry no label at all (no "2 3 4 5" between the decades).
        Assert.True(chart.Layout.GetProperty("yaxis").TryGetProperty("minor", out var minor), chart.Layout.GetProperty("yaxis").ToString());
        Assert.Equal("array", minor.GetProperty("tickmode").GetString());
        Assert.False(minor.TryGetProperty("ticktext", out _));
    }

    [Fact]
    public void A_log_axis_over_a_decade_or_two_labels_one_two_and_five_in_full()
    {
        var lrs = new[] { 0.03, 0.05, 0.1, 0.2, 0.3 };
        var chart = new ChartJson(Plots.Sweep(lrs, [new Series("SGD", [5, 4, 3, 2, 1])], "final loss"));
        var texts = TickTexts(chart, "xaxis");
        Assert.Contains("0.05", texts);
        Assert.Contains("0.2", texts);
        Assert.DoesNotContain(texts, t => t.Length == 1 && t[0] is >= '2' and <= '9' && t != "2" && t != "5");
        Assert.All(texts, t => Assert.NotEmpty(t));
    }

    [Fact]
    public void Each_slider_step_of_an_explorable_brings_the_ticks_of_its_own_log_axis()
    {
        var figure = Explorable.Slider("η", [0.1, 0.45], lr => Plots.Loss(TestRuns.Descend(Surface.Quadratic(1, 1), lr, [1, 1], lr < 0.2 ? 5 : 40)));
        var steps = figure.Layout["sliders"]![0]!["steps"]!.AsArray();
        var first = steps[0]!["args"]![1]!["yaxis.tickvals"]!.AsArray().Count;
        var second = steps[1]!["args"]![1]!["yaxis.tickvals"]!.AsArray().Count;
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Accuracy_curves_a_few_points_apart_get_an_axis_zoomed_to_them()
    {
        static TrainingResult Run(string label, double level) => new(label,
            [.. Enumerable.Range(1, 5).Select(e => new EpochMetrics(e, 0.2, level + 0.002 * e, 0.25, level + 0.001 * e, 0.1))],
            new RunStatus(RunOutcome.StillRunning, 250));
        var chart = new ChartJson(Plots.Training(Run("η = 0.1", 0.95), Run("η = 0.3", 0.96)));
        var range = chart.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.InRange(range[0], 0.94, 0.951);
        Assert.InRange(range[1], 0.97, 0.98);
        Assert.Contains("zoomed", chart.AxisTitle("yaxis"), StringComparison.Ordinal);
        var wide = new ChartJson(Plots.Training(TestRuns.Training("slow", 10, 0.1), TestRuns.Training("diverged", 10, 1, divergedAtEpoch: 2)));
        var full = wide.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        if (full[0] == 0) Assert.Equal("accuracy", wide.AxisTitle("yaxis"));
    }

    [Fact]
    public void Paths_that_coincide_are_all_visible_the_ones_beneath_wider()
    {
        // Three learning rates creep along the same line y = 0 towards the saddle's ridge: one path over another.
        var bowl = Surface.Quadratic(0.1, 2);
        var runs = new[] { 0.05, 0.1, 0.2 }.Select(lr => TestRuns.Descend(bowl, lr, [-2.5, 0], 60, $"η = {lr}")).ToArray();
        var chart = new ChartJson(Plots.Contour(bowl, runs));
        var widths = runs.Select(r => chart.Trace(r.Label).GetProperty("line").GetProperty("width").GetDouble()).ToArray();
        Assert.True(widths[0] > widths[1] && widths[1] > widths[2], string.Join(", ", widths));
        // Paths apart keep the ordinary width.
        var apart = new ChartJson(Plots.Contour(bowl, TestRuns.Descend(bowl, 0.1, [-2.5, 1.5], 30, "a"), TestRuns.Descend(bowl, 0.1, [2.5, -1.5], 30, "b")));
        Assert.Equal(apart.Trace("a").GetProperty("line").GetProperty("width").GetDouble(), apart.Trace("b").GetProperty("line").GetProperty("width").GetDouble());
    }
}

using LrNotebooks.Core.Running;

namespace LrNotebooks.Course.Tests;

public sealed class SweepChartTests
{
    private static readonly Bowl Bowl = new();
    private static readonly double[] Rates = [0.01, 0.03, 0.1, 0.3, 0.45, 0.6, 0.9];
    private static readonly Trajectory[] Runs = Rates.Select(lr => TestRuns.Descend(Bowl, lr, [-2.5, 1.5], 40, $"lr={lr}")).ToArray();

    [Fact]
    public void Final_loss_on_log_axes_with_diverged_runs_on_top_and_the_stability_limit()
    {
        var json = new ChartJson(Plots.FinalLossVsLearningRate(Rates, Runs, stabilityLimit: 0.5));
        Assert.Equal("Final loss vs learning rate", json.Title);
        Assert.Equal("learning rate", json.AxisTitle("xaxis"));
        Assert.Equal("final loss f(x_T)", json.AxisTitle("yaxis"));
        Assert.Equal("log", json.AxisType("xaxis"));
        Assert.Equal("log", json.AxisType("yaxis"));
        var finite = json.Trace("final loss");
        int convergedCount = Runs.Count(r => !r.Status.Diverged);
        Assert.Equal(convergedCount, ChartJson.Numbers(finite, "x").Length);
        var diverged = json.Trace("diverged");
        Assert.Equal([0.6, 0.9], ChartJson.Numbers(diverged, "x").Select(v => v!.Value));
        double top = ChartJson.Numbers(diverged, "y")[0]!.Value;
        Assert.True(top > ChartJson.Numbers(finite, "y").Max());
        Assert.Equal("x", diverged.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("diverged ", diverged.GetProperty("text")[0].GetString());
        Assert.Contains("diverged at step", diverged.GetProperty("customdata")[0].GetString());
        var line = Assert.Single(json.Shapes);
        Assert.Equal(0.5, line.GetProperty("x0").GetDouble());
        Assert.Contains("2/L = 0.5", json.AnnotationTexts);
    }

    [Fact]
    public void Without_a_limit_there_is_no_vertical_line()
    {
        Assert.Empty(new ChartJson(Plots.FinalLossVsLearningRate(Rates, Runs)).Shapes);
    }

    [Fact]
    public void Final_loss_bad_input_names_the_parameter()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.FinalLossVsLearningRate(Rates, Runs.Take(3).ToArray())).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.FinalLossVsLearningRate([0.1, -1, 0.2, 0.3, 0.4, 0.5, 0.6], Runs)).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentNullException>(() => Plots.FinalLossVsLearningRate(null!, Runs)).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => Plots.FinalLossVsLearningRate([], Runs)).ParamName);
        Assert.Equal("stabilityLimit", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.FinalLossVsLearningRate(Rates, Runs, -2)).ParamName);
    }

    [Fact]
    public void Sweep_draws_each_series_against_the_rates_and_non_finite_values_as_diverged()
    {
        var a = new Series("SGD", [1.0, 0.5, 0.1, double.PositiveInfinity]);
        var b = new Series("Adam", [0.9, 0.4, double.NaN, double.NaN]);
        double[] lrs = [0.001, 0.01, 0.1, 1];
        var json = new ChartJson(Plots.Sweep(lrs, [a, b], "final loss", logY: true, marker: new Marker(0.5, "2/L")));
        Assert.Equal("final loss vs learning rate", json.Title);
        Assert.Equal("log", json.AxisType("xaxis"));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal([0.001, 0.01, 0.1], ChartJson.Numbers(json.Trace("SGD"), "x").Select(v => v!.Value));
        Assert.Equal([1.0], ChartJson.Numbers(json.Trace("SGD: diverged"), "x").Select(v => v!.Value));
        Assert.Equal([0.1, 1.0], ChartJson.Numbers(json.Trace("Adam: diverged"), "x").Select(v => v!.Value));
        // Each series' row of crosses has its own height, above every finite value.
        double rowA = ChartJson.Numbers(json.Trace("SGD: diverged"), "y")[0]!.Value, rowB = ChartJson.Numbers(json.Trace("Adam: diverged"), "y")[0]!.Value;
        Assert.True(rowA > 1 && rowB > rowA);
        Assert.Contains("2/L = 0.5", json.AnnotationTexts);
    }

    [Fact]
    public void Sweep_accepts_series_whose_x_are_the_rates_and_reports_values_hidden_by_a_log_axis()
    {
        double[] lrs = [0.1, 1];
        var json = new ChartJson(Plots.Sweep(lrs, [new Series("s", lrs, [0.0, 2.0])], "steps", logY: true, title: "T"));
        Assert.Equal("T", json.Title);
        Assert.Contains("1 value(s) ≤ 0 not shown on the log axis", json.AnnotationTexts);
        Assert.Equal("linear", new ChartJson(Plots.Sweep(lrs, [new Series("s", [0.0, 2.0])], "steps")).AxisType("yaxis"));
    }

    [Fact]
    public void Sweep_bad_input_names_the_parameter()
    {
        double[] lrs = [0.1, 1];
        Assert.Equal("series[0].Y", Assert.Throws<ArgumentException>(() => Plots.Sweep(lrs, [new Series("s", [1.0])], "y")).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Plots.Sweep(lrs, [new Series("s", [0.2, 1], [1.0, 2])], "y")).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Plots.Sweep(lrs, [], "y")).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Plots.Sweep(lrs, [null!], "y")).ParamName);
        Assert.Equal("yLabel", Assert.Throws<ArgumentException>(() => Plots.Sweep(lrs, [new Series("s", [1.0, 2])], " ")).ParamName);
        Assert.Equal("marker", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Sweep(lrs, [new Series("s", [1.0, 2])], "y", marker: new Marker(0, "zero"))).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Sweep([0.1, double.NaN], [new Series("s", [1.0, 2])], "y")).ParamName);
    }
}

namespace LrNotebooks.Course.Tests;

public sealed class RangeTestChartTests
{
    [Fact]
    public void Raw_and_smoothed_loss_on_a_log_rate_axis_with_both_suggestions()
    {
        var result = TestRuns.RangeTest();
        var json = new ChartJson(Plots.RangeTest(result));
        Assert.Equal("LR range test", json.Title);
        Assert.Equal("log", json.AxisType("xaxis"));
        Assert.Equal("learning rate", json.AxisTitle("xaxis"));
        Assert.Equal("loss (mini-batch cross-entropy)", json.AxisTitle("yaxis"));
        Assert.Equal(result.Losses.Select(v => (double?)v), ChartJson.Numbers(json.Trace("raw loss (per batch)"), "y"));
        Assert.Equal(result.SmoothedLosses.Select(v => (double?)v), ChartJson.Numbers(json.Trace("smoothed loss"), "y"));
        Assert.Equal([0.0032, 0.011], json.Shapes.Select(s => s.GetProperty("x0").GetDouble()));
        Assert.Contains("steepest: 0.0032", json.AnnotationTexts);
        Assert.Contains("min / 10: 0.011", json.AnnotationTexts);
        Assert.Contains("stopped: smoothed loss exceeded 4x its best at step 99", json.AnnotationTexts);
        Assert.Equal(0.0032, ChartJson.Numbers(json.Trace("suggestion (steepest)"), "x")[0]);
        // The y range follows the smoothed curve, so the raw loss's final explosion does not flatten the picture.
        var range = json.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(range[1] < result.Losses.Max());
        Assert.True(range[1] >= result.SmoothedLosses.Max());
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        var r = TestRuns.RangeTest();
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => Plots.RangeTest(null!)).ParamName);
        Assert.Equal("result.Losses", Assert.Throws<ArgumentException>(() => Plots.RangeTest(r with { Losses = r.Losses.Skip(1).ToArray() })).ParamName);
        Assert.Equal("result.SmoothedLosses", Assert.Throws<ArgumentException>(() => Plots.RangeTest(r with { SmoothedLosses = [] })).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Plots.RangeTest(r with { LearningRates = [], Losses = [], SmoothedLosses = [] })).ParamName);
        Assert.Equal("result.LearningRates", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.RangeTest(r with { LearningRates = r.LearningRates.Select(v => -v).ToArray() })).ParamName);
    }
}

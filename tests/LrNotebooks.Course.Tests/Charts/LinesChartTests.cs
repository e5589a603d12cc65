namespace LrNotebooks.Course.Tests;

public sealed class LinesChartTests
{
    [Fact]
    public void General_lines_with_titles_log_axes_and_markers()
    {
        var s = new Series("norm", [1.0, 2, 3, 4], [10.0, 1, 0.1, 0.01]);
        var json = new ChartJson(Plots.Lines("Gradient norm", "step", "|∇f|", [s], logX: true, logY: true, new Marker(2, "warm-up"), new Marker(3, "decay starts")));
        Assert.Equal("Gradient norm", json.Title);
        Assert.Equal("step", json.AxisTitle("xaxis"));
        Assert.Equal("|∇f|", json.AxisTitle("yaxis"));
        Assert.Equal("log", json.AxisType("xaxis"));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal([10.0, 1, 0.1, 0.01], ChartJson.Numbers(json.Trace("norm"), "y").Select(v => v!.Value));
        Assert.Equal(2, json.Shapes.Count);
        Assert.Contains("warm-up = 2", json.AnnotationTexts);
        Assert.Contains("decay starts: 3", json.AnnotationTexts);
    }

    [Fact]
    public void Non_finite_values_leave_gaps_and_non_positive_values_are_counted_on_log_axes()
    {
        var s = new Series("s", [1.0, 2, 3, 4, 5], [1.0, double.NaN, -1, double.PositiveInfinity, 2]);
        var linear = new ChartJson(Plots.Lines("t", "x", "y", [s]));
        Assert.Equal([1.0, null, -1, null, 2], ChartJson.Numbers(linear.Trace("s"), "y"));
        Assert.Equal("linear", linear.AxisType("yaxis"));
        var log = new ChartJson(Plots.Lines("t", "x", "y", [s], logY: true));
        Assert.Equal([1.0, null, null, null, 2], ChartJson.Numbers(log.Trace("s"), "y"));
        Assert.Contains("1 value(s) ≤ 0 not shown on the log axis", log.AnnotationTexts);
    }

    [Fact]
    public void Marker_labels_sit_inside_the_plot_at_staggered_heights_and_leave_the_title_alone()
    {
        var s = new Series("cosine with warm restarts", [0.0, 10, 20, 30, 40], [0.1, 0.01, 0.1, 0.01, 0.1]);
        var plain = new ChartJson(Plots.Lines("Restarts", "step", "learning rate", [s]));
        var json = new ChartJson(Plots.Lines("Restarts", "step", "learning rate", [s], false, false,
            new Marker(30, "restart at t"), new Marker(10, "restart at t"), new Marker(20, "restart at t")));
        var labels = json.Layout.GetProperty("annotations").EnumerateArray()
            .Where(a => a.GetProperty("text").GetString()!.StartsWith("restart at t", StringComparison.Ordinal))
            .OrderBy(a => a.GetProperty("x").GetDouble()).ToList();
        Assert.Equal(3, labels.Count);
        foreach (var a in labels)
        {
            // Anchored at the top edge of the plot area and hanging down into it, never above it where the title is.
            Assert.Equal("paper", a.GetProperty("yref").GetString());
            Assert.Equal(1, a.GetProperty("y").GetDouble());
            Assert.Equal("top", a.GetProperty("yanchor").GetString());
            Assert.True(a.GetProperty("yshift").GetDouble() <= 0);
        }
        // Neighbours (left to right) at different heights, so labels of close lines do not overlap.
        var shifts = labels.Select(a => a.GetProperty("yshift").GetDouble()).ToList();
        Assert.Equal(3, shifts.Distinct().Count());
        Assert.Equal(0, shifts.Max(), 0);
        // The title keeps the margin it has without markers.
        Assert.Equal(plain.Layout.GetProperty("margin").GetProperty("t").GetInt32(), json.Layout.GetProperty("margin").GetProperty("t").GetInt32());
        Assert.Equal(plain.Layout.GetProperty("height").GetInt32(), json.Layout.GetProperty("height").GetInt32());
    }

    [Fact]
    public void Series_and_marker_labels_with_markup_characters_are_escaped()
    {
        var s = new Series("η < 2/L & stable", [1.0, 2], [1.0, 0.5]);
        var json = new ChartJson(Plots.Lines("t", "x", "y", [s], false, false, new Marker(1.5, "η < 2/L")));
        Assert.Equal(["η &lt; 2/L &amp; stable"], json.Names);
        Assert.Contains("η &lt; 2/L: 1.5", json.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        var ok = new Series("s", [1.0], [1.0]);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Plots.Lines("", "x", "y", [ok])).ParamName);
        Assert.Equal("xLabel", Assert.Throws<ArgumentException>(() => Plots.Lines("t", null!, "y", [ok])).ParamName);
        Assert.Equal("yLabel", Assert.Throws<ArgumentException>(() => Plots.Lines("t", "x", "", [ok])).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Plots.Lines("t", "x", "y", null!)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Plots.Lines("t", "x", "y", [])).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => Plots.Lines("t", "x", "y", [new Series("s", [1.0, 2], [1.0])]));
        Assert.Equal("series[0].Y", ex.ParamName);
        Assert.Equal("markers[0]", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Lines("t", "x", "y", [ok], logX: true, markers: new Marker(-1, "m"))).ParamName);
        Assert.Equal("markers", Assert.Throws<ArgumentNullException>(() => Plots.Lines("t", "x", "y", [ok], false, false, null!)).ParamName);
    }
}

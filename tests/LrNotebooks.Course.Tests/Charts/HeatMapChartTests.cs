namespace LrNotebooks.Course.Tests;

public sealed class HeatMapChartTests
{
    private static readonly string[] Rates = ["0.01", "0.1", "1"];
    private static readonly string[] Momenta = ["0", "0.9"];

    [Fact]
    public void Cells_are_annotated_with_their_values_and_diverged_cells_are_blank_and_named()
    {
        var values = new double[,] { { 0.5, 0.25, 0.125 }, { 0.2, 0.1, double.NaN } };
        var json = new ChartJson(Plots.HeatMap("Final loss", Rates, Momenta, values, "learning rate", "momentum", "final loss"));
        var heat = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal("Final loss", json.Title);
        Assert.Equal("learning rate", json.AxisTitle("xaxis"));
        Assert.Equal("momentum", json.AxisTitle("yaxis"));
        Assert.Equal("category", json.AxisType("xaxis"));
        Assert.False(json.Layout.GetProperty("showlegend").GetBoolean());
        Assert.Equal("%{text}", heat.GetProperty("texttemplate").GetString());
        Assert.Equal("0.125", heat.GetProperty("text")[0][2].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, heat.GetProperty("z")[1][2].ValueKind);
        Assert.Equal(0.1, heat.GetProperty("z")[1][1].GetDouble());
        Assert.Equal("final loss", heat.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        var diverged = json.Layout.GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("text").GetString() == "diverged");
        Assert.Equal(2, diverged.GetProperty("x").GetDouble());
        Assert.Equal(1, diverged.GetProperty("y").GetDouble());
    }

    [Fact]
    public void Values_spanning_decades_are_coloured_on_a_log_scale()
    {
        var values = new double[,] { { 1e-4, 1e-2, 1 }, { 10, 100, 1000 } };
        var json = new ChartJson(Plots.HeatMap("t", Rates, Momenta, values, "x", "y", "v"));
        var heat = Assert.Single(json.TracesOfType("heatmap"));
        Assert.Equal(-4, heat.GetProperty("z")[0][0].GetDouble(), 12);
        Assert.Equal("0.0001", heat.GetProperty("text")[0][0].GetString());
        Assert.Contains("colour on a log scale", json.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        var ok = new double[2, 3];
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Plots.HeatMap("t", Rates, Momenta, new double[3, 2], "x", "y", "v")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Plots.HeatMap("t", Rates, Momenta, null!, "x", "y", "v")).ParamName);
        Assert.Equal("xLabels", Assert.Throws<ArgumentException>(() => Plots.HeatMap("t", [], Momenta, new double[2, 0], "x", "y", "v")).ParamName);
        Assert.Equal("yLabels", Assert.Throws<ArgumentException>(() => Plots.HeatMap("t", Rates, ["a", "a"], ok, "x", "y", "v")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Plots.HeatMap(" ", Rates, Momenta, ok, "x", "y", "v")).ParamName);
        Assert.Equal("valueTitle", Assert.Throws<ArgumentException>(() => Plots.HeatMap("t", Rates, Momenta, ok, "x", "y", "")).ParamName);
    }
}

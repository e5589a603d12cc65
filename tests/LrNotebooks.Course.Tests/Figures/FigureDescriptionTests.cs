using System.Text.Json.Nodes;
using LrNotebooks.Core.Running;
using LrNotebooks.Course.Figures;
using Plotly.NET;

namespace LrNotebooks.Course.Tests;

public sealed class FigureDescriptionTests
{
    private static readonly Bowl Bowl = new();

    private static JsonObject Figure(LrNotebooks.Course.Figure figure) => figure.ToJson();

    [Fact]
    public void A_loss_chart_says_what_is_plotted_the_axes_and_what_each_run_does()
    {
        var good = TestRuns.Descend(Bowl, 0.2, [-2.5, 1.5], 40, "good");
        var diverged = TestRuns.Descend(Bowl, 0.6, [-2.5, 1.5], 200, "too high");
        var text = FigureDescription.Describe(Figure(Plots.Loss(good, diverged)));

        Assert.StartsWith("Loss per step. Line chart", text, StringComparison.Ordinal);
        Assert.Contains("x axis: step, 0 to 40", text, StringComparison.Ordinal);
        Assert.Contains("y axis: loss f(x), log scale", text, StringComparison.Ordinal);
        Assert.Matches(@"good: falls from [0-9.e-]+ at x = 0 to [0-9.e-]+ at x = 40\.", text);
        Assert.Contains("too high — diverged at step", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_come_from_the_data()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["name"] = "η = 0.45", ["mode"] = "lines", ["x"] = new JsonArray(0, 75, 150), ["y"] = new JsonArray(4.0, 0.5, 1e-9) }),
            ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "<b>Loss</b> per step" }, ["yaxis"] = new JsonObject { ["type"] = "log" } },
        };
        Assert.Equal("Loss per step. Line chart, 1 series. x axis, 0 to 150. y axis, log scale, 1e-9 to 4. η = 0.45: falls from 4 at x = 0 to 1e-9 at x = 150.",
            FigureDescription.Describe(figure));
    }

    [Fact]
    public void Hidden_series_are_left_out_and_a_slider_step_changes_the_description()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["name"] = "slow", ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(2, 1) },
                new JsonObject { ["name"] = "fast", ["visible"] = false, ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(2, 0.1) }),
            ["layout"] = new JsonObject { ["title"] = "Runs" },
        };
        var before = FigureDescription.Describe(figure);
        Assert.Contains("slow: falls", before, StringComparison.Ordinal);
        Assert.DoesNotContain("fast", before, StringComparison.Ordinal);

        var args = new JsonArray(new JsonObject { ["visible"] = new JsonArray(false, true) }, new JsonObject { ["title.text"] = "Fast run" });
        var after = FigureDescription.DescribeAfter(figure, "update", args);
        Assert.StartsWith("Fast run.", after, StringComparison.Ordinal);
        Assert.Contains("fast: falls from 2 at x = 0 to 0.1 at x = 1.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("slow", after, StringComparison.Ordinal);
        Assert.Equal(before, FigureDescription.Describe(figure)); // the figure itself is not changed
    }

    [Fact]
    public void Transparent_series_are_left_out_like_hidden_ones()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["name"] = "slow", ["opacity"] = 1, ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(2, 1) },
                new JsonObject { ["name"] = "fast", ["opacity"] = 0, ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(2, 0.1) }),
            ["layout"] = new JsonObject { ["title"] = "Runs" },
        };
        Assert.Contains("1 series", FigureDescription.Describe(figure), StringComparison.Ordinal);
        Assert.DoesNotContain("fast", FigureDescription.Describe(figure), StringComparison.Ordinal);

        var after = FigureDescription.DescribeAfter(figure, "restyle", new JsonArray(new JsonObject { ["opacity"] = new JsonArray(0, 0.5) }));
        Assert.Contains("fast: falls from 2 at x = 0 to 0.1 at x = 1.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("slow", after, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heatmap_counts_its_values_and_its_empty_cells()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["type"] = "heatmap", ["name"] = "final loss", ["x"] = new JsonArray(1, 2), ["y"] = new JsonArray(1, 2), ["z"] = new JsonArray(new JsonArray(0.5, null), new JsonArray(0.25, 2.0)) }),
        };
        Assert.Contains("final loss: 4 values from 0.25 to 2; 1 of 4 cells have no value.", FigureDescription.Describe(figure), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_without_data_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentException>(() => FigureDescription.Describe(new JsonObject { ["layout"] = new JsonObject() }));
        Assert.Equal("figure", error.ParamName);
    }
}

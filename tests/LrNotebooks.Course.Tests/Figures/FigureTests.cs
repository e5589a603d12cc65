using System.Text.Json.Nodes;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Course.Figures;

namespace LrNotebooks.Course.Tests;

public sealed class FigureTests
{
    private static Figure Loss() => Plots.Loss(Descent.Run(Surface.Parabola(1), Optimizer.Sgd(0.5), [1.0], 10));

    [Fact]
    public void A_figure_is_its_plotly_json()
    {
        var json = JsonNode.Parse(Loss().ToJsonString())!.AsObject();
        Assert.IsType<JsonArray>(json["data"]);
        Assert.Equal("Loss per step", (string?)json["layout"]!["title"]!["text"]);
        Assert.True((bool)json["config"]!["responsive"]!);
    }

    [Fact]
    public void The_formatter_writes_json_offline_html_and_a_description()
    {
        var figure = Loss();
        var attribute = typeof(Figure).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var preferred = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], preferred);
        var source = Activator.CreateInstance((Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!)!;
        var formatters = ((IEnumerable<object>)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).ToArray();
        var written = formatters.ToDictionary(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!, f =>
        {
            var writer = new StringWriter();
            Assert.True((bool)f.GetType().GetMethod("Format")!.Invoke(f, [figure, writer])!);
            return writer.ToString();
        });
        Assert.Equal(figure.ToJsonString(), written["application/vnd.plotly.v1+json"]);
        Assert.Contains("Plotly.newPlot(", written["text/html"]);
        Assert.DoesNotMatch("<script[^>]*src=", written["text/html"]);   // nothing is fetched
        Assert.DoesNotContain("cdn", FigureHtml.Render(figure, withPlotly: false), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require", FigureHtml.Render(figure, withPlotly: false), StringComparison.Ordinal);
        Assert.StartsWith("Loss per step.", written["text/plain"]);
    }

    [Fact]
    public void Plotly_js_comes_with_the_first_figure_only()
    {
        var withPlotly = FigureHtml.Render(Loss(), withPlotly: true);
        var without = FigureHtml.Render(Loss(), withPlotly: false);
        Assert.Contains("window.Plotly", withPlotly);
        Assert.True(withPlotly.Length > 3_000_000, "plotly.js is inline");
        Assert.True(without.Length < 50_000, "later figures only wait for it");
        Assert.DoesNotContain("</script", PlotlyJs.Code.Length > 0 ? FigureHtml.PlotlyScript()[8..^10] : "", StringComparison.OrdinalIgnoreCase);
        // Hidden from require.js: plotly.js must set window.Plotly, not register an anonymous AMD module.
        Assert.Contains("(function (define, module, exports)", withPlotly);
    }

    [Fact]
    public void The_description_names_title_axes_and_traces()
    {
        string text = Loss().ToString();
        Assert.StartsWith("Loss per step. Line chart, 1 series.", text, StringComparison.Ordinal);
        Assert.Contains("x axis: step, 0 to ", text, StringComparison.Ordinal);
        Assert.Contains("y axis: loss f(x), log scale", text, StringComparison.Ordinal);
        Assert.Contains("SGD, η = 0.5: falls from ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_by_side_moves_the_right_figure_to_the_second_axes()
    {
        var run = Descent.Run(Surface.Parabola(1), Optimizer.Sgd(0.5), [1.0], 10);
        var json = SideBySide.Of(Plots.Curve(Surface.Parabola(1), run), Plots.Loss(run), "both").ToJson();
        Assert.Equal("both", (string?)json["layout"]!["title"]!["text"]);
        Assert.Equal("x2", (string?)json["layout"]!["yaxis2"]!["anchor"]);
        var right = json["data"]!.AsArray().Where(t => (string?)t!["xaxis"] == "x2").ToArray();
        Assert.Equal(Plots.Loss(run).Data.Count, right.Length);
        Assert.All(right, t => Assert.Equal("y2", (string?)t!["yaxis"]));
        // The run is one legend entry for both halves.
        Assert.Single(json["data"]!.AsArray(), t => (string?)t!["name"] == OptimizerLabels.Plain(run.Label) && (bool?)t["showlegend"] != false);
    }

    [Fact]
    public void Outside_a_kernel_setup_installs_only_the_fsharp_fix()
    {
        Assert.False(NotebookSetup.Install());
        Assert.True(FSharpCoreRedirect.IsInstalled);
    }

    [Fact]
    public void A_figure_needs_a_data_array()
    {
        Assert.Equal("json", Assert.Throws<ArgumentException>(() => new Figure(new JsonObject { ["layout"] = new JsonObject() })).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentException>(() => new Figure(new JsonObject { ["data"] = new JsonArray(), ["frames"] = 1 })).ParamName);
    }
}

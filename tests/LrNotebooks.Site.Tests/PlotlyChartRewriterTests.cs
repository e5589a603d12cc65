using System.Text.Json;
using System.Text.RegularExpressions;
using LrNotebooks.Site;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Site.Tests;

public sealed class PlotlyChartRewriterTests
{
    // Real output of the Plotly.NET.Interactive 6.0.0 formatter, taken from the executed fixture notebook.
    private static IReadOnlyList<string> FormatterOutputs { get; } = NotebookReader.Read(SiteFixtures.Notebooks[0]).Cells
        .Where(c => c.IsCode).SelectMany(c => c.Outputs.OfType<RichOutput>())
        .Select(o => o.Data.GetValueOrDefault("text/html") ?? "")
        .Where(h => h.Contains("Plotly.newPlot", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_fixture_holds_real_formatter_output_that_loads_from_CDNs()
    {
        Assert.Equal(3, FormatterOutputs.Count);
        Assert.All(FormatterOutputs, html =>
        {
            Assert.Contains("requirejs", html, StringComparison.Ordinal);
            Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min", html, StringComparison.Ordinal);
            Assert.Contains("https://cdnjs.cloudflare.com/ajax/libs/require.js", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_formatter_chart_becomes_a_target_and_a_json_figure_without_any_script_or_url()
    {
        var diagnostics = new ExportDiagnostics();
        var (html, figures) = PlotlyChartRewriter.Rewrite(FormatterOutputs[0], diagnostics);
        Assert.Empty(diagnostics.Warnings);
        var figure = Assert.Single(figures);
        Assert.Matches("^[0-9a-f-]{36}$", figure.Id);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("require", html, StringComparison.Ordinal);
        Assert.DoesNotContain("text/javascript", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"plotly-chart\" id=\"{figure.Id}\"></div>", html, StringComparison.Ordinal);

        var json = Regex.Match(html, "<script type=\"application/json\" class=\"plotly-figure\" data-target=\"[^\"]+\">(.*)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(3, data.GetArrayLength());
        Assert.Equal("η = 0.1 <slow/oscillating/diverging>", data[0].GetProperty("name").GetString());
        Assert.Equal("log", document.RootElement.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.True(document.RootElement.GetProperty("config").GetProperty("responsive").GetBoolean());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Both_Plotly_NET_script_templates_are_rewritten(bool require)
    {
        // The templates Plotly.NET 6 itself renders charts with: require.js (notebooks) and plain (CDN/full/no reference).
        var template = require ? global::Globals.REQUIREJS_SCRIPT_TEMPLATE : global::Globals.SCRIPT_TEMPLATE;
        const string id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        var script = template.Replace("[REQUIRE_SRC]", "https://cdn.plot.ly/plotly-2.28.0.min", StringComparison.Ordinal)
            .Replace("[SCRIPTID]", id.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal).Replace("[ID]", id, StringComparison.Ordinal)
            .Replace("[DATA]", "[{\"type\":\"scatter\",\"x\":[1],\"y\":[2]}]", StringComparison.Ordinal)
            .Replace("[LAYOUT]", "{\"title\":{\"text\":\"<b>loss</b><br>per step\"}}", StringComparison.Ordinal)
            .Replace("[CONFIG]", "{}", StringComparison.Ordinal);
        var html = $"<div><div id=\"{id}\"><!-- Plotly chart will be drawn inside this DIV --></div><script type=\"text/javascript\">{script}</script></div>";
        var diagnostics = new ExportDiagnostics();
        var (rewritten, figures) = PlotlyChartRewriter.Rewrite(html, diagnostics);
        Assert.Empty(diagnostics.Warnings);
        var figure = Assert.Single(figures);
        Assert.Equal((id, "[{\"type\":\"scatter\",\"x\":[1],\"y\":[2]}]", "{}"), (figure.Id, figure.Data, figure.Config));
        Assert.Contains("\\u003cb>loss\\u003c/b>\\u003cbr>per step", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("text/javascript", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_charts_in_one_output_are_all_rewritten()
    {
        var (html, figures) = PlotlyChartRewriter.Rewrite("<p>x</p>" + FormatterOutputs[1] + FormatterOutputs[2], new ExportDiagnostics());
        Assert.Equal(2, figures.Count);
        Assert.StartsWith("<p>x</p>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "class=\"plotly-chart\""));
    }

    [Fact]
    public void A_chart_without_parseable_data_is_left_out_with_a_warning()
    {
        var broken = FormatterOutputs[0].Replace("var data = [", "var data = [oops", StringComparison.Ordinal);
        var diagnostics = new ExportDiagnostics();
        var (html, figures) = PlotlyChartRewriter.Rewrite(broken, diagnostics);
        Assert.Empty(figures);
        Assert.Single(diagnostics.Warnings);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("could not be converted", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrecognised_plotly_call_is_reported()
    {
        var diagnostics = new ExportDiagnostics();
        PlotlyChartRewriter.Rewrite("<div id=\"c\"></div><script>Plotly.newPlot('c', [], {});</script>", diagnostics);
        Assert.Single(diagnostics.Warnings);
    }

    [Fact]
    public void Html_without_charts_is_unchanged()
    {
        const string html = "<table><tr><td>1</td></tr></table>";
        var (rewritten, figures) = PlotlyChartRewriter.Rewrite(html, new ExportDiagnostics());
        Assert.Equal(html, rewritten);
        Assert.Empty(figures);
    }
}

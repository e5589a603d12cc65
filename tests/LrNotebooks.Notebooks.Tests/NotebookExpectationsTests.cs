using System.Text.Json.Nodes;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Notebooks.Tests;

public sealed class NotebookExpectationsTests
{
    private static NotebookExpectations? Read(string metadata) => NotebookExpectations.FromMetadata((JsonObject)JsonNode.Parse(metadata)!);

    [Fact]
    public void Every_key_is_read_and_missing_keys_are_null()
    {
        var full = Read("""{"lrnotebooks": {"expect": {"charts": 5, "minOutputs": 10, "contains": ["diverged at step", "b"]}}}""")!;
        Assert.Equal((5, 10), (full.Charts, full.MinOutputs));
        Assert.Equal(["diverged at step", "b"], full.Contains);
        var empty = Read("""{"lrnotebooks": {"expect": {}}}""")!;
        Assert.Equal((null, null, 0), (empty.Charts, empty.MinOutputs, empty.Contains.Count));
        Assert.Null(Read("""{"kernelspec": {}}"""));
    }

    [Theory]
    [InlineData("""{"lrnotebooks": 1}""", "metadata.lrnotebooks must be an object")]
    [InlineData("""{"lrnotebooks": {"expected": {}}}""", "metadata.lrnotebooks has the unknown key 'expected' (allowed: expect)")]
    [InlineData("""{"lrnotebooks": {}}""", "metadata.lrnotebooks.expect must be an object")]
    [InlineData("""{"lrnotebooks": {"expect": {"plots": 1}}}""", "metadata.lrnotebooks.expect has the unknown key 'plots' (allowed: charts, minOutputs, contains)")]
    [InlineData("""{"lrnotebooks": {"expect": {"charts": -1}}}""", "metadata.lrnotebooks.expect.charts must be an integer >= 0, but was -1")]
    [InlineData("""{"lrnotebooks": {"expect": {"charts": 1.5}}}""", "metadata.lrnotebooks.expect.charts must be an integer >= 0, but was 1.5")]
    [InlineData("""{"lrnotebooks": {"expect": {"minOutputs": "3"}}}""", "metadata.lrnotebooks.expect.minOutputs must be an integer >= 0, but was \"3\"")]
    [InlineData("""{"lrnotebooks": {"expect": {"contains": "x"}}}""", "metadata.lrnotebooks.expect.contains must be an array of non-empty strings")]
    [InlineData("""{"lrnotebooks": {"expect": {"contains": [""]}}}""", "metadata.lrnotebooks.expect.contains must be an array of non-empty strings")]
    public void Malformed_declarations_are_errors_saying_where(string metadata, string message)
    {
        var e = Assert.Throws<FormatException>(() => Read(metadata));
        Assert.StartsWith(message, e.Message);
    }

    private static Notebook Executed(params JsonObject[] outputs) => NotebookReader.FromDocument("executed.ipynb", new JsonObject
    {
        ["nbformat"] = 4,
        ["cells"] = new JsonArray(
            new JsonObject { ["cell_type"] = "markdown", ["source"] = "Plotly.newPlot( in prose" },
            new JsonObject { ["cell_type"] = "code", ["source"] = "", ["outputs"] = new JsonArray([.. outputs]) }),
    });

    private static JsonObject Display(string type, string mime, JsonNode value) =>
        new() { ["output_type"] = type, ["data"] = new JsonObject { [mime] = value }, ["metadata"] = new JsonObject() };

    private static JsonObject Chart => Display("display_data", "text/html", "<div id=\"c\"></div><script>Plotly.newPlot('c', data)</script>");

    [Fact]
    public void The_census_counts_outputs_charts_errors_and_texts()
    {
        var census = OutputCensus.Of(Executed(
            Chart,
            Display("execute_result", "text/html", new JsonArray("<script>Plotly.", "newPlot(x)</script>")),
            Display("display_data", "text/plain", "diverged at step 12"),
            new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "converged" },
            new JsonObject { ["output_type"] = "error", ["ename"] = "E", ["evalue"] = "v", ["traceback"] = new JsonArray() }));
        Assert.Equal((4, 2), (census.Outputs, census.Charts));
        Assert.Equal(["cell 2: E: v"], census.Errors);
        Assert.Contains(census.Texts, t => t.Contains("diverged at step 12"));
        Assert.Contains("converged", census.Texts);
    }

    [Fact]
    public void The_census_counts_a_plotly_json_figure_once_even_with_its_html()
    {
        var figure = new JsonObject
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject
            {
                [Figure.PlotlyJsonMimeType] = JsonNode.Parse("""{"data": [], "layout": {}}"""),
                ["text/html"] = "<div id=\"c\"></div><script>Plotly.newPlot('c', data)</script>",
            },
        };
        var census = OutputCensus.Of(Executed(figure, Display("display_data", "text/plain", "ok")));
        Assert.Equal((2, 1), (census.Outputs, census.Charts));
    }

    [Fact]
    public void Unmet_lists_each_expectation_that_does_not_hold()
    {
        var census = OutputCensus.Of(Executed(Chart, Display("display_data", "text/plain", "ok")));
        Assert.Empty(new NotebookExpectations(1, 2, ["ok"]).Unmet(census));
        Assert.Equal(
            ["expected 2 Plotly chart output(s), found 1", "expected at least 3 output(s), found 2", "expected an output containing \"missing\", found none"],
            new NotebookExpectations(2, 3, ["ok", "missing"]).Unmet(census));
        Assert.Equal(["expected 0 Plotly chart output(s), found 1"], new NotebookExpectations(0, null, []).Unmet(census));
    }
}

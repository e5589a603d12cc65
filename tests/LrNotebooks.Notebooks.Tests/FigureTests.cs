namespace LrNotebooks.Notebooks.Tests;

public sealed class FigureTests
{
    private const string PlotlyHtml = "<div id=\"c\"></div><script>Plotly.newPlot('c', [], {});</script>";
    private const string PlotlyJson = """{"data":[{"type":"scatter","y":[1,2]}],"layout":{}}""";

    [Fact]
    public void An_output_with_plotly_json_is_a_figure_whatever_else_it_carries()
    {
        var output = new RichOutput(new Dictionary<string, string>
        {
            ["text/html"] = PlotlyHtml,
            [Figure.PlotlyJsonMimeType] = PlotlyJson,
            ["text/plain"] = "a figure",
        });
        Assert.Equal(new Figure(PlotlyJson), Figure.Of(output));
    }

    [Fact]
    public void Html_alone_is_not_a_figure_even_when_it_draws_a_chart()
    {
        // The MIME type decides: nothing parses HTML to find a figure.
        Assert.Null(Figure.Of(new RichOutput(new Dictionary<string, string> { ["text/html"] = PlotlyHtml })));
    }

    [Fact]
    public void Other_outputs_are_not_figures()
    {
        Assert.Null(Figure.Of(new RichOutput(new Dictionary<string, string> { ["text/html"] = "<b>Plotly.newPlot</b>", ["text/plain"] = "Plotly.newPlot(" })));
        Assert.Null(Figure.Of(new RichOutput(new Dictionary<string, string> { [Figure.PlotlyJsonMimeType] = "" })));
        Assert.False(Figure.IsFigure(new StreamOutput("stdout", PlotlyJson)));
        Assert.False(Figure.IsFigure(new ErrorOutput("E", PlotlyJson, [])));
    }
}

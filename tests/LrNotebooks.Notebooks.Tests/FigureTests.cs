namespace LrNotebooks.Notebooks.Tests;

public sealed class FigureTests
{
    private const string PlotlyHtml = "<div id=\"c\"></div><script>Plotly.newPlot('c', [], {});</script>";
    private const string PlotlyJson = """{"data":[{"type":"scatter","y":[1,2]}],"layout":{}}""";

    [Fact]
    public void Html_that_draws_a_plotly_chart_is_a_figure()
    {
        var figure = Figure.Of(new RichOutput(new Dictionary<string, string> { ["text/html"] = PlotlyHtml }));
        Assert.Equal(new Figure(FigureKind.PlotlyHtml, PlotlyHtml), figure);
    }

    [Fact]
    public void The_plotly_json_is_preferred_over_the_html_that_draws_it()
    {
        var output = new RichOutput(new Dictionary<string, string>
        {
            ["text/html"] = PlotlyHtml,
            [Figure.PlotlyJsonMimeType] = PlotlyJson,
            ["text/plain"] = "a figure",
        });
        Assert.Equal(new Figure(FigureKind.PlotlyJson, PlotlyJson), Figure.Of(output));
    }

    [Fact]
    public void Other_outputs_are_not_figures()
    {
        Assert.Null(Figure.Of(new RichOutput(new Dictionary<string, string> { ["text/html"] = "<b>Plotly.newPlot</b>", ["text/plain"] = "Plotly.newPlot(" })));
        Assert.False(Figure.IsFigure(new StreamOutput("stdout", PlotlyHtml)));
        Assert.False(Figure.IsFigure(new ErrorOutput("E", PlotlyHtml, [])));
    }
}

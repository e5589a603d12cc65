using System.Text.Json;

namespace LrNotebooks.Site.Tests;

public sealed class ChartFigureTests
{
    private static IReadOnlyList<RichOutput> FigureOutputs { get; } = NotebookReader.Read(SiteFixtures.Notebooks[0]).Cells
        .Where(c => c.IsCode).SelectMany(c => c.Outputs.OfType<RichOutput>()).Where(o => Figure.IsFigure(o)).ToList();

    [Fact]
    public void The_fixture_figures_also_carry_html_that_loads_from_CDNs()
    {
        Assert.Equal(3, FigureOutputs.Count);
        Assert.All(FigureOutputs, o => Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min", o.Data["text/html"], StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_is_drawn_from_its_json_and_its_html_is_never_copied()
    {
        var (html, figures) = OutputRenderer.Render(FigureOutputs, new ExportDiagnostics(), "cell-1");
        Assert.Equal(3, figures.Count);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.Ordinal);
        Assert.DoesNotContain("require", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*application/json)", html);
        for (int i = 0; i < figures.Count; i++)
        {
            var expected = JsonDocument.Parse(FigureOutputs[i].Data[Figure.PlotlyJsonMimeType]).RootElement;
            Assert.Equal(expected.GetProperty("data").GetRawText(), JsonDocument.Parse(figures[i].Data).RootElement.GetRawText());
            Assert.Contains($"id=\"cell-1-{i + 1}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Frames_sliders_and_buttons_reach_the_page()
    {
        const string json = """{"data":[{"type":"scatter","y":[1,2]}],"layout":{"sliders":[{"steps":[]}],"updatemenus":[]},"config":{},"frames":[{"name":"0","data":[{"y":[2,1]}]}]}""";
        var figure = ChartFigure.FromJson(json, "f")!;
        using var block = JsonDocument.Parse(figure.Markup()[(figure.Markup().IndexOf("\">{", StringComparison.Ordinal) + 2)..^"</script>".Length]);
        Assert.Equal(1, block.RootElement.GetProperty("frames").GetArrayLength());
        Assert.Equal(1, block.RootElement.GetProperty("layout").GetProperty("sliders").GetArrayLength());
    }

    [Fact]
    public void Json_that_is_not_a_figure_is_reported_and_its_text_shown()
    {
        var output = new RichOutput(new Dictionary<string, string>
        {
            [Figure.PlotlyJsonMimeType] = """{"layout":{}}""",
            ["text/html"] = "<script src=\"https://cdn.plot.ly/x.js\"></script>",
            ["text/plain"] = "a figure in words",
        });
        var diagnostics = new ExportDiagnostics();
        var (html, figures) = OutputRenderer.Render([output], diagnostics);
        Assert.Empty(figures);
        Assert.Single(diagnostics.Warnings);
        Assert.Contains("a figure in words", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_script_tag_inside_a_string_cannot_end_the_block()
    {
        var figure = ChartFigure.FromJson("""{"data":[{"name":"</script><b>x</b>"}]}""", "f")!;
        var markup = figure.Markup();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markup, "</script>"));
    }
}

using LrNotebooks.Site;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Site.Tests;

public sealed class OutputRendererTests
{
    private static string Render(params CellOutput[] outputs) => OutputRenderer.Render(outputs, new ExportDiagnostics()).Html;

    private static RichOutput Rich(params (string Mime, string Value)[] data) => new(data.ToDictionary(d => d.Mime, d => d.Value));

    [Fact]
    public void Text_is_escaped_in_a_pre()
    {
        Assert.Equal("<pre class=\"output output-text\">&lt;script&gt;alert(1)&lt;/script&gt; &amp;</pre>\n", Render(Rich(("text/plain", "<script>alert(1)</script> &\n"))));
    }

    [Fact]
    public void Consecutive_writes_to_one_stream_are_one_block_and_stderr_is_marked()
    {
        var html = Render(new StreamOutput("stdout", "a\n"), new StreamOutput("stdout", "b <c>\n"), new StreamOutput("stderr", "warn\n"), new StreamOutput("stdout", "d\n"));
        Assert.Equal(
            "<pre class=\"output output-stream output-stdout\">a\nb &lt;c&gt;</pre>\n" +
            "<pre class=\"output output-stream output-stderr\">warn</pre>\n" +
            "<pre class=\"output output-stream output-stdout\">d</pre>\n",
            html);
    }

    [Fact]
    public void Errors_show_name_message_and_traceback_without_colour_codes()
    {
        var html = Render(new ErrorOutput("InvalidOperationException", "loss <inf>", ["\u001b[31mInvalidOperationException\u001b[0m: loss <inf>", "   at Submission#4"]));
        Assert.StartsWith("<div class=\"output output-error\" role=\"alert\"><div class=\"error-title\"><span class=\"error-name\">InvalidOperationException</span>: loss &lt;inf&gt;</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"error-traceback\">InvalidOperationException: loss &lt;inf&gt;\n   at Submission#4</pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_traceback_that_only_repeats_the_message_is_not_shown_twice()
    {
        var html = Render(new ErrorOutput("Error", "(1,1): error CS0103", ["(1,1): error CS0103"]));
        Assert.DoesNotContain("error-traceback", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_wins_over_plain_text_and_is_embedded_sanitized()
    {
        Assert.Equal("<div class=\"output output-html\"><table><tbody><tr><td>1</td></tr></tbody></table></div>\n", Render(Rich(("text/plain", "1"), ("text/html", "<table><tr><td>1</td></tr></table>"))));
    }

    [Fact]
    public void Images_are_data_uris()
    {
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", Render(Rich(("image/png", "iVBORw0K\nGgo=\n"), ("text/plain", "img"))), StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg+xml;base64,PHN2Zy8+\"", Render(Rich(("image/svg+xml", "<svg/>"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_pretty_printed_and_markdown_and_latex_are_rendered()
    {
        Assert.Equal("<pre class=\"output output-json\">{\n  &quot;a&quot;: [\n    1,\n    &quot;é&quot;\n  ]\n}</pre>\n", Render(Rich(("application/json", "{\"a\":[1,\"é\"]}"))));
        Assert.Contains("<strong>b</strong>", Render(Rich(("text/markdown", "**b** $x$"))), StringComparison.Ordinal);
        Assert.Contains("<math display=\"block\" alttext=\"x^2\">", Render(Rich(("text/latex", "$$x^2$$"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_counted_and_unsupported_types_are_reported()
    {
        var chart = NotebookReader.Read(SiteFixtures.Notebooks[0]).Cells.Where(c => c.IsCode).SelectMany(c => c.Outputs.OfType<RichOutput>())
            .First(o => Figure.IsFigure(o));
        var diagnostics = new ExportDiagnostics();
        var (html, figures) = OutputRenderer.Render([chart, Rich(("application/x-weird", "?"))], diagnostics);
        Assert.Single(figures);
        Assert.Contains("<div class=\"output output-chart\">", html, StringComparison.Ordinal);
        Assert.Equal(["an output has no representation the site can show: application/x-weird"], diagnostics.Warnings);
    }

    [Fact]
    public void A_plotly_json_figure_is_drawn_from_its_json_not_from_its_html()
    {
        var diagnostics = new ExportDiagnostics();
        var output = Rich(
            (Figure.PlotlyJsonMimeType, """{"data":[{"type":"scatter","y":[1,2]}],"layout":{"title":{"text":"<b>loss</b>"}},"config":{"responsive":true}}"""),
            ("text/html", "<div id=\"x\"></div><script>Plotly.newPlot('x', [], {})</script>"));
        var (html, figures) = OutputRenderer.Render([output], diagnostics, "cell-3-figure");
        var figure = Assert.Single(figures);
        Assert.Equal(("cell-3-figure-1", """[{"type":"scatter","y":[1,2]}]""", """{"responsive":true}"""), (figure.Id, figure.Data, figure.Config));
        Assert.Contains("<div class=\"plotly-chart\" id=\"cell-3-figure-1\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("\\u003cb>loss", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public void Plotly_json_that_is_not_a_figure_falls_back_to_the_other_representations_with_a_warning()
    {
        var diagnostics = new ExportDiagnostics();
        var (html, figures) = OutputRenderer.Render([Rich((Figure.PlotlyJsonMimeType, """{"layout":{}}"""), ("text/plain", "fig"))], diagnostics);
        Assert.Empty(figures);
        Assert.Equal("<pre class=\"output output-text\">fig</pre>\n", html);
        Assert.Contains(diagnostics.Warnings, w => w.Contains(Figure.PlotlyJsonMimeType, StringComparison.Ordinal));
    }

    [Fact]
    public void Stream_text_past_the_limit_per_cell_is_cut_with_a_visible_marker()
    {
        var diagnostics = new ExportDiagnostics();
        var half = new string('a', StreamOutputLimit.MaxBytesPerCell / 2);
        var (html, _) = OutputRenderer.Render(
            [new StreamOutput("stdout", half), new StreamOutput("stderr", half + "0123456789"), new StreamOutput("stdout", "tail")], diagnostics);
        Assert.DoesNotContain("0123456789", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tail", html, StringComparison.Ordinal);
        Assert.Contains("output truncated: 14 bytes not stored", html, StringComparison.Ordinal);
        Assert.True(html.Length < StreamOutputLimit.MaxBytesPerCell + 1000, $"page fragment of {html.Length} characters");
        Assert.Contains(diagnostics.Warnings, w => w.Contains("14 bytes not shown", StringComparison.Ordinal));
    }
}

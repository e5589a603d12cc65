using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using LrNotebooks.Notebooks;
using LrNotebooks.Site.Math;

namespace LrNotebooks.Site.Pages;

/// <summary>
/// Renders the outputs of a code cell: HTML outputs embedded (Plotly charts rewritten to draw offline),
/// images as data URIs, text in <c>&lt;pre&gt;</c> (escaped), streams merged per stream, errors styled.
/// For a rich output the richest representation the page can show is chosen.
/// </summary>
internal static partial class OutputRenderer
{
    private static readonly string[] ImageTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>Renders all outputs of one cell; returns the HTML and the chart figures it contains.</summary>
    /// <param name="outputs">The cell's outputs.</param>
    /// <param name="diagnostics">Collects warnings.</param>
    /// <param name="figureIdPrefix">Prefix of the element ids of figures drawn from JSON; unique per cell on a page.</param>
    public static (string Html, IReadOnlyList<ChartFigure> Figures) Render(IReadOnlyList<CellOutput> outputs, ExportDiagnostics diagnostics, string figureIdPrefix = "figure")
    {
        var html = new StringBuilder();
        var figures = new List<ChartFigure>();
        long streamBytes = 0, droppedBytes = 0;
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i])
            {
                case StreamOutput stream:
                    // Consecutive writes to the same stream read as one block.
                    var text = new StringBuilder(stream.Text);
                    while (i + 1 < outputs.Count && outputs[i + 1] is StreamOutput more && more.Name == stream.Name)
                    {
                        text.Append(more.Text);
                        i++;
                    }

                    var name = stream.Name == "stderr" ? "stderr" : "stdout";
                    // The same cap the runner applies when it records a cell, for notebooks executed elsewhere.
                    var (kept, dropped) = StreamOutputLimit.Cut(text.ToString(), StreamOutputLimit.MaxBytesPerCell - streamBytes);
                    streamBytes += Encoding.UTF8.GetByteCount(kept);
                    droppedBytes += dropped;
                    if (kept.Length > 0)
                        html.Append($"<pre class=\"output output-stream output-{name}\">").Append(Escape(kept)).Append("</pre>\n");
                    break;
                case ErrorOutput error:
                    html.Append(RenderError(error));
                    break;
                case RichOutput rich:
                    html.Append(RenderRich(rich, figures, diagnostics, figureIdPrefix));
                    break;
            }
        }

        if (droppedBytes > 0)
        {
            diagnostics.Warn($"a cell's stream output was cut to {StreamOutputLimit.MaxBytesPerCell} bytes ({droppedBytes} bytes not shown)");
            html.Append("<pre class=\"output output-stream output-truncated\">").Append(Escape(StreamOutputLimit.Marker(droppedBytes).Trim())).Append("</pre>\n");
        }

        return (html.ToString(), figures);
    }

    /// <summary>HTML-escapes text and removes ANSI colour codes.</summary>
    public static string Escape(string text) => HtmlText.Encode(AnsiEscape().Replace(text, "").TrimEnd('\n', '\r'));

    private static string RenderError(ErrorOutput error)
    {
        var html = new StringBuilder("<div class=\"output output-error\" role=\"alert\">");
        html.Append("<div class=\"error-title\"><span class=\"error-name\">").Append(Escape(error.Name)).Append("</span>");
        if (error.Value.Length > 0)
        {
            html.Append(": ").Append(Escape(error.Value));
        }

        html.Append("</div>");
        var traceback = string.Join("\n", error.Traceback.Select(l => AnsiEscape().Replace(l, "")))
            .Trim();
        if (traceback.Length > 0 && traceback != error.Value.Trim())
        {
            html.Append("<pre class=\"error-traceback\">").Append(Escape(traceback)).Append("</pre>");
        }

        return html.Append("</div>\n").ToString();
    }

    private static string RenderRich(RichOutput output, List<ChartFigure> figures, ExportDiagnostics diagnostics, string figureIdPrefix)
    {
        var data = output.Data;
        var figure = Figure.Of(output);
        if (figure is { Kind: FigureKind.PlotlyJson })
        {
            if (PlotlyChartRewriter.FromJson(figure.Content, $"{figureIdPrefix}-{figures.Count + 1}") is { } chart)
            {
                figures.Add(chart);
                return $"<div class=\"output output-chart\">{DescribedChart.Markup(chart)}</div>\n";
            }

            diagnostics.Warn($"an {Figure.PlotlyJsonMimeType} output is not a figure (an object with a data array); its other representations are shown");
        }

        if (data.TryGetValue("text/html", out var html))
        {
            var (rewritten, found) = PlotlyChartRewriter.Rewrite(html, diagnostics);
            figures.AddRange(found);
            var kind = found.Count > 0 ? "output-chart" : "output-html";
            return $"<div class=\"output {kind}\">{SanitizeAround(rewritten, found, diagnostics)}</div>\n";
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
            return $"<div class=\"output output-image\"><img alt=\"\" src=\"data:image/svg+xml;base64,{base64}\"></div>\n";
        }

        foreach (var type in ImageTypes)
        {
            if (data.TryGetValue(type, out var image))
            {
                var base64 = Regex.Replace(image, @"\s+", "");
                return $"<div class=\"output output-image\"><img alt=\"\" src=\"data:{type};base64,{base64}\"></div>\n";
            }
        }

        if (data.TryGetValue("text/markdown", out var markdown))
        {
            var rendered = MarkdownRenderer.Render(markdown, diagnostics: diagnostics);
            diagnostics.AddMath(rendered);
            return $"<div class=\"output output-markdown\">{rendered.Html}</div>\n";
        }

        if (data.TryGetValue("text/latex", out var latex))
        {
            var conversion = LatexToMathML.Convert(latex.Trim().Trim('$').Trim(), display: true);
            if (conversion.UnknownCommands.Count > 0 || conversion.Error is not null)
            {
                diagnostics.Warn($"text/latex output: {conversion.Error ?? "unknown TeX commands " + string.Join(", ", conversion.UnknownCommands)}");
            }

            return $"<div class=\"output output-math\">{conversion.Markup}</div>\n";
        }

        if (data.TryGetValue("application/json", out var json))
        {
            return $"<pre class=\"output output-json\">{Escape(PrettyJson(json))}</pre>\n";
        }

        if (data.TryGetValue("text/plain", out var text))
        {
            return $"<pre class=\"output output-text\">{Escape(text)}</pre>\n";
        }

        if (data.Count > 0)
        {
            diagnostics.Warn("an output has no representation the site can show: " + string.Join(", ", data.Keys));
        }

        return "";
    }

    // The exporter's own chart markup (a target element and a JSON block) is set aside while the rest of the
    // output is sanitized (the sanitizer removes every script element, the figure's data block included), then
    // put back with its description.
    private static string SanitizeAround(string html, IReadOnlyList<ChartFigure> figures, ExportDiagnostics diagnostics)
    {
        var markup = figures.Select(PlotlyChartRewriter.Markup).ToList();
        for (var i = 0; i < markup.Count; i++)
            html = html.Replace(markup[i], $"\uE010{i}\uE011", StringComparison.Ordinal);
        var clean = HtmlOutputSanitizer.Sanitize(html, diagnostics);
        for (var i = 0; i < markup.Count; i++)
            clean = clean.Replace($"\uE010{i}\uE011", DescribedChart.Markup(figures[i]), StringComparison.Ordinal);
        return clean;
    }

    private static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        catch (JsonException)
        {
            return json;
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}

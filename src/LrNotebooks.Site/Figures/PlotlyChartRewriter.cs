using System.Text.Json;
using System.Text.RegularExpressions;

namespace LrNotebooks.Site.Figures;

/// <summary>
/// Rewrites the HTML that Plotly.NET's notebook formatter emits so the chart draws offline. The formatter
/// writes a <c>div</c> and a script that loads require.js and plotly.js from CDNs and then calls
/// <c>Plotly.newPlot(id, data, layout, config)</c>. The rewriter keeps the <c>div</c>, lifts the three JSON
/// literals into a non-executable <c>application/json</c> block, and drops the script; the page draws every
/// figure with the local plotly.js (see <see cref="PlotlyAsset"/>).
/// </summary>
internal static partial class PlotlyChartRewriter
{
    /// <summary>Class of the element a chart draws into.</summary>
    public const string ChartClass = "plotly-chart";

    /// <summary>Class of the JSON block holding a figure.</summary>
    public const string FigureClass = "plotly-figure";

    /// <summary>Replaces every Plotly.NET chart in <paramref name="html"/>; returns the new HTML and the figures found.</summary>
    public static (string Html, IReadOnlyList<ChartFigure> Figures) Rewrite(string html, ExportDiagnostics diagnostics)
    {
        var figures = new List<ChartFigure>();
        var rewritten = ChartBlock().Replace(html, match =>
        {
            var id = match.Groups["id"].Value;
            var figure = Extract(id, match.Groups["script"].Value);
            if (figure is null)
            {
                diagnostics.Warn($"chart {id}: could not find its data, layout and config; the chart is left out");
                return "<p class=\"output-warning\">This chart could not be converted for offline viewing.</p>";
            }

            figures.Add(figure);
            return Markup(figure);
        });

        if (rewritten.Contains("Plotly.newPlot", StringComparison.Ordinal))
        {
            diagnostics.Warn("an output calls Plotly.newPlot in a form the exporter does not recognise");
        }

        return (rewritten, figures);
    }

    /// <summary>
    /// The figure held by an <c>application/vnd.plotly.v1+json</c> output (<c>data</c>, <c>layout</c>,
    /// <c>config</c>), drawn into the element <paramref name="id"/>; null when the JSON is not a figure.
    /// </summary>
    public static ChartFigure? FromJson(string json, string id)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                return null;
            string Part(string name) => root.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Object ? part.GetRawText() : "{}";
            return new ChartFigure(id, data.GetRawText(), Part("layout"), Part("config"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The offline markup for one figure: a target element and its JSON.</summary>
    public static string Markup(ChartFigure figure)
    {
        var id = HtmlText.Encode(figure.Id);
        // '<' only occurs inside JSON strings, where \u003c is an equivalent escape that cannot end the script element.
        var json = $"{{\"data\":{figure.Data},\"layout\":{figure.Layout},\"config\":{figure.Config}}}".Replace("<", "\\u003c");
        return $"<div class=\"{ChartClass}\" id=\"{id}\"></div>\n<script type=\"application/json\" class=\"{FigureClass}\" data-target=\"{id}\">{json}</script>";
    }

    private static ChartFigure? Extract(string id, string script)
    {
        var data = Variable(script, "data");
        var layout = Variable(script, "layout") ?? "{}";
        var config = Variable(script, "config") ?? "{}";
        if (data is null || !IsJson(data, JsonValueKind.Array) || !IsJson(layout, JsonValueKind.Object) || !IsJson(config, JsonValueKind.Object))
        {
            return null;
        }

        return new ChartFigure(id, data, layout, config);
    }

    // Plotly.NET writes each of "var data = ...;", "var layout = ...;", "var config = ...;" on one line
    // (JSON never contains a raw newline), so the value is the rest of the line.
    private static string? Variable(string script, string name)
    {
        var match = Regex.Match(script, $@"^\s*var {name} = (?<json>.*);\s*$", RegexOptions.Multiline);
        return match.Success ? match.Groups["json"].Value : null;
    }

    private static bool IsJson(string text, JsonValueKind kind)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == kind;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex("""<div id="(?<id>[^"]+)"[^>]*>\s*<!-- Plotly chart will be drawn inside this DIV -->\s*</div>\s*(?:<script[^>]*src="[^"]*plotly[^"]*"[^>]*>\s*</script>\s*)?<script type="text/javascript">(?<script>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ChartBlock();
}

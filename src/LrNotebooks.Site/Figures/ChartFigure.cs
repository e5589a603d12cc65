using System.Text.Json;

namespace LrNotebooks.Site.Figures;

/// <summary>
/// A figure as the page draws it: the parts of an <c>application/vnd.plotly.v1+json</c> output and the id of the
/// element it draws into. The page passes them to <c>Plotly.newPlot</c> as one figure object, so sliders and buttons
/// (part of the layout) and animation frames work as in a notebook.
/// </summary>
/// <param name="Id">The id of the element the chart draws into.</param>
/// <param name="Data">The traces (JSON array).</param>
/// <param name="Layout">The layout (JSON object).</param>
/// <param name="Config">The config (JSON object).</param>
/// <param name="Frames">The animation frames (JSON array), or null.</param>
internal sealed record ChartFigure(string Id, string Data, string Layout, string Config, string? Frames = null)
{
    /// <summary>Class of the element a chart draws into.</summary>
    public const string ChartClass = "plotly-chart";

    /// <summary>Class of the JSON block holding a figure.</summary>
    public const string FigureClass = "plotly-figure";

    /// <summary>
    /// The figure held by the JSON of an <c>application/vnd.plotly.v1+json</c> output (<c>data</c>, <c>layout</c>,
    /// <c>config</c>, <c>frames</c>), drawn into the element <paramref name="id"/>; null when the JSON is not a figure
    /// (an object with a <c>data</c> array).
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
            string? frames = root.TryGetProperty("frames", out var f) && f.ValueKind == JsonValueKind.Array ? f.GetRawText() : null;
            return new ChartFigure(id, data.GetRawText(), Part("layout"), Part("config"), frames);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The offline markup: a target element and its figure as a non-executable JSON block.</summary>
    public string Markup()
    {
        var id = HtmlText.Encode(Id);
        var frames = Frames is null ? "" : $",\"frames\":{Frames}";
        // '<' only occurs inside JSON strings, where \u003c is an equivalent escape that cannot end the script element.
        var json = $"{{\"data\":{Data},\"layout\":{Layout},\"config\":{Config}{frames}}}".Replace("<", "\\u003c", StringComparison.Ordinal);
        return $"<div class=\"{ChartClass}\" id=\"{id}\"></div>\n<script type=\"application/json\" class=\"{FigureClass}\" data-target=\"{id}\">{json}</script>";
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using LrNotebooks.Core;
using LrNotebooks.Course.Figures;
using Plotly.NET;

namespace LrNotebooks.Course;

/// <summary>
/// A course figure: its plotly.js JSON (<c>data</c>, <c>layout</c>, <c>config</c>, and <c>frames</c> where a figure
/// animates), built with Plotly.NET and kept as data. In a notebook it displays as a MIME bundle:
/// <c>application/vnd.plotly.v1+json</c> (drawn by VS Code's and JupyterLab's Plotly renderers), <c>text/html</c>
/// that draws with no network access (<see cref="FigureHtml"/>) and a <c>text/plain</c> description
/// (<see cref="FigureDescription"/>). The offline site reads the JSON from the bundle.
/// </summary>
/// <example><c>Plots.Loss(slow, good).ToJson()["layout"]!["title"]</c></example>
[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = [PlotlyMimeType, "text/html", "text/plain"])]
public sealed class Figure
{
    /// <summary>The standard MIME type of a Plotly figure as JSON.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private readonly JsonObject json;

    /// <summary>A figure from its plotly.js JSON: an object with a <c>data</c> array of traces (copied).</summary>
    /// <exception cref="ArgumentException">The JSON has no <c>data</c> array, or a <c>layout</c>, <c>config</c> or <c>frames</c> of the wrong kind.</exception>
    public Figure(JsonObject json)
    {
        Guard.NotNull(json, nameof(json));
        if (json["data"] is not JsonArray)
            throw new ArgumentException("A figure needs a \"data\" array of traces.", nameof(json));
        if (json["layout"] is { } layout && layout is not JsonObject)
            throw new ArgumentException("A figure's \"layout\" must be an object.", nameof(json));
        if (json["config"] is { } config && config is not JsonObject)
            throw new ArgumentException("A figure's \"config\" must be an object.", nameof(json));
        if (json["frames"] is { } frames && frames is not JsonArray)
            throw new ArgumentException("A figure's \"frames\" must be an array.", nameof(json));
        this.json = (JsonObject)json.DeepClone();
        this.json["layout"] ??= new JsonObject();
        this.json["config"] ??= new JsonObject();
    }

    /// <summary>The figure of a Plotly.NET chart (what <c>GenericChart.toJson</c> writes).</summary>
    public static Figure From(GenericChart chart)
    {
        Guard.NotNull(chart, nameof(chart));
        return new Figure((JsonObject)JsonNode.Parse(GenericChart.toJson(chart))!);
    }

    /// <summary>The traces, in drawing order (a copy).</summary>
    public JsonArray Data => (JsonArray)json["data"]!.DeepClone();

    /// <summary>The layout (a copy).</summary>
    public JsonObject Layout => (JsonObject)json["layout"]!.DeepClone();

    /// <summary>The figure's title text, or "" when it has none.</summary>
    public string Title => json["layout"]?["title"] switch
    {
        JsonObject t => (string?)t["text"] ?? "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => "",
    };

    /// <summary>The whole figure as JSON (a copy): data, layout, config and frames where used.</summary>
    public JsonObject ToJson() => (JsonObject)json.DeepClone();

    /// <summary>The figure as compact JSON text, what <c>application/vnd.plotly.v1+json</c> carries.</summary>
    public string ToJsonString() => json.ToJsonString(JsonOptions);

    /// <summary>HTML that draws the figure with no network access; see <see cref="FigureHtml"/>.</summary>
    public string ToHtml() => FigureHtml.Render(this);

    /// <summary>A plain-text description: title, axes, traces (see <see cref="FigureDescription"/>).</summary>
    public override string ToString() => FigureDescription.Describe(json);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}

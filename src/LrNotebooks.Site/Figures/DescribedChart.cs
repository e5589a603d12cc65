using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LrNotebooks.Course.Figures;

namespace LrNotebooks.Site.Figures;

/// <summary>
/// A chart as a page shows it: a <c>figure</c> named after the chart's title and described by a text
/// alternative generated from its data (<see cref="FigureDescription"/>), which a reader can also open under
/// the chart. For an explorable figure the descriptions of every slider step and button are computed here,
/// at export time, and kept in a JSON block beside the figure; <c>site.js</c> puts the one that matches the
/// figure's state into the description (an <c>aria-live</c> region) whenever a slider or button changes it.
/// </summary>
internal static class DescribedChart
{
    /// <summary>Class of the JSON block that holds the descriptions of an explorable figure's states.</summary>
    public const string StatesClass = "figure-states";

    /// <summary>The markup of <paramref name="figure"/> with its description.</summary>
    public static string Markup(ChartFigure figure)
    {
        var id = HtmlText.Encode(figure.Id);
        var json = (JsonObject)JsonNode.Parse($"{{\"data\":{figure.Data},\"layout\":{figure.Layout}}}")!;
        var description = FigureDescription.Describe(json);
        var title = Title(json);
        var html = new StringBuilder();
        html.Append($"<figure class=\"chart-figure\" aria-label=\"{HtmlText.Encode(title)}\" aria-describedby=\"{id}-description\">\n");
        html.Append(PlotlyChartRewriter.Markup(figure)).Append('\n');
        if (States(json) is { } states)
        {
            html.Append($"<script type=\"application/json\" class=\"{StatesClass}\" data-target=\"{id}\">")
                .Append(states.ToJsonString().Replace("<", "\\u003c", StringComparison.Ordinal)).Append("</script>\n");
        }

        html.Append("<figcaption class=\"chart-description\"><details><summary>Text description of the chart</summary>");
        html.Append($"<p id=\"{id}-description\" aria-live=\"polite\">{HtmlText.Encode(description)}</p></details></figcaption>\n");
        return html.Append("</figure>").ToString();
    }

    // "Chart: <title>" names the figure; the description says the rest.
    private static string Title(JsonObject figure) =>
        FigureDescription.Title(figure) is { Length: > 0 } title ? "Chart: " + title : "Chart";

    // { "sliders": [[description per step], ...], "menus": [[description per button], ...] }, or null for a static figure.
    private static JsonObject? States(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject;
        JsonArray Describe(string controls, string items) => [.. (layout?[controls] as JsonArray ?? []).Select(control =>
            (JsonNode)new JsonArray([.. (control?[items] as JsonArray ?? []).Select(item => (JsonNode)JsonValue.Create(
                FigureDescription.DescribeAfter(figure, item?["method"]?.GetValue<string>() ?? "", item?["args"] as JsonArray))!)]))];
        var sliders = Describe("sliders", "steps");
        var menus = Describe("updatemenus", "buttons");
        return sliders.Count == 0 && menus.Count == 0 ? null : new JsonObject { ["sliders"] = sliders, ["menus"] = menus };
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LrNotebooks.Course.Figures;

/// <summary>
/// A figure in words, for readers and clients that cannot see it (the <c>text/plain</c> of its bundle): the
/// title, each axis with its title, type and range, and each named trace with its last finite value.
/// </summary>
public static class FigureDescription
{
    /// <summary>Describes the plotly.js figure <paramref name="figure"/> (an object with <c>data</c> and <c>layout</c>).</summary>
    /// <example>"Loss per step. x axis: step (linear, 0 to 50). y axis: loss f(x) (log, 1e-12 to 2). Traces: SGD η = 0.1 (last y 3.2e-05)."</example>
    public static string Describe(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var layout = figure["layout"] as JsonObject ?? [];
        var traces = (figure["data"] as JsonArray ?? []).OfType<JsonObject>().ToArray();
        var text = new StringBuilder();
        text.Append(Plain(TitleOf(layout["title"])) is { Length: > 0 } title ? title : "Figure").Append('.');
        foreach (var (name, axis) in layout.Where(p => p.Key.StartsWith("xaxis", StringComparison.Ordinal) || p.Key.StartsWith("yaxis", StringComparison.Ordinal))
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (axis is not JsonObject a) continue;
            string key = name[..5] == "xaxis" ? "x" : "y";
            var values = traces.Where(t => (string?)t[key + "axis"] is null || (string?)t[key + "axis"] == key + name[5..])
                .SelectMany(t => Numbers(t[key])).ToArray();
            string type = (string?)a["type"] ?? "linear";
            text.Append(' ').Append(key).Append(name[5..]).Append(" axis: ").Append(Plain(TitleOf(a["title"])) is { Length: > 0 } t ? t : "untitled")
                .Append(" (").Append(type);
            var range = Range(a, type, values);
            if (range is (double lo, double hi)) text.Append(", ").Append(Number(lo)).Append(" to ").Append(Number(hi));
            text.Append(").");
        }
        var named = traces.Where(t => t["name"] is not null && (t["showlegend"] is null || (bool?)t["showlegend"] != false)).ToArray();
        if (named.Length > 0)
        {
            text.Append(" Traces: ");
            text.AppendJoin("; ", named.Select(t =>
            {
                var ys = Numbers(t["y"]).ToArray();
                string visible = t["visible"] is JsonValue v && v.TryGetValue<bool>(out var b) && !b ? ", hidden until chosen" : "";
                return Plain((string?)t["name"] ?? "") + (ys.Length > 0 ? $" (last y {Number(ys[^1])}{visible})" : visible.Length > 0 ? $" ({visible[2..]})" : "");
            }));
            text.Append('.');
        }
        if (layout["sliders"] is JsonArray { Count: > 0 } sliders)
            text.Append(' ').Append(sliders.Count == 1 ? "A slider" : $"{sliders.Count} sliders").Append(" choose").Append(sliders.Count == 1 ? "s" : "")
                .Append(" what is shown: ").AppendJoin("; ", sliders.OfType<JsonObject>().Select(SliderText)).Append('.');
        return text.ToString();
    }

    private static string SliderText(JsonObject slider)
    {
        var steps = (slider["steps"] as JsonArray ?? []).OfType<JsonObject>().Select(s => (string?)s["label"] ?? "").ToArray();
        string name = Plain((string?)slider["currentvalue"]?["prefix"] ?? "").Trim().TrimEnd(':', '=').Trim();
        return steps.Length == 0 ? name : $"{(name.Length > 0 ? name + " " : "")}{steps[0]} to {steps[^1]} in {steps.Length} steps";
    }

    private static (double, double)? Range(JsonObject axis, string type, double[] values)
    {
        if (axis["range"] is JsonArray { Count: 2 } r && r[0] is JsonValue a && r[1] is JsonValue b
            && a.TryGetValue<double>(out var lo) && b.TryGetValue<double>(out var hi))
            return type == "log" ? (Math.Pow(10, lo), Math.Pow(10, hi)) : (lo, hi);
        if (values.Length == 0) return null;
        return (values.Min(), values.Max());
    }

    private static IEnumerable<double> Numbers(JsonNode? node) => node is JsonArray array
        ? array.OfType<JsonValue>().Select(v => v.TryGetValue<double>(out var d) ? d : double.NaN).Where(double.IsFinite)
        : [];

    private static string? TitleOf(JsonNode? title) => title switch
    {
        JsonObject o => (string?)o["text"],
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    // Titles may use plotly's HTML subset (<sub>, <br>, &lt;); the description is plain text.
    private static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = System.Text.RegularExpressions.Regex.Replace(text.Replace("<br>", " ", StringComparison.OrdinalIgnoreCase), "<[^>]*>", "");
        return System.Net.WebUtility.HtmlDecode(s).Trim();
    }

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}

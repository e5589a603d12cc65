using System.Text.Json.Nodes;
using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// Two figures as one, side by side: the left keeps its axes (x, y), the right moves to x2, y2, each gets half the
/// width. Annotations and shapes follow their axes; notes above a plot stay above its half. A trace on the right
/// named like one on the left shares its legend entry (one click hides both).
/// </summary>
public static class SideBySide
{
    private const double Gap = 0.08;

    /// <summary>
    /// <paramref name="left"/> and <paramref name="right"/> side by side, with <paramref name="title"/> (default: the
    /// left title). Each figure must have one pair of axes (what every <see cref="Plots"/> method draws).
    /// </summary>
    public static Figure Of(Figure left, Figure right, string? title = null)
    {
        Guard.NotNull(left, nameof(left));
        Guard.NotNull(right, nameof(right));
        var l = left.ToJson();
        var r = right.ToJson();
        var layout = (JsonObject)l["layout"]!;
        var rightLayout = (JsonObject)r["layout"]!;
        foreach (var (figure, name) in new[] { (l, nameof(left)), (r, nameof(right)) })
            if (((JsonObject)figure["layout"]!).Any(p => p.Key is "xaxis2" or "yaxis2"))
                throw new ArgumentException("Only figures with a single pair of axes can be put side by side.", name);
        double half = (1 - Gap) / 2;
        (double, double) leftDomain = (0, half), rightDomain = (1 - half, 1);

        var leftNames = new HashSet<string>();
        var data = new JsonArray();
        foreach (var trace in ((JsonArray)l["data"]!).OfType<JsonObject>())
        {
            var t = (JsonObject)trace.DeepClone();
            if ((string?)t["name"] is { } name) { leftNames.Add(name); t["legendgroup"] ??= name; }
            data.Add(t);
        }
        foreach (var trace in ((JsonArray)r["data"]!).OfType<JsonObject>())
        {
            var t = (JsonObject)trace.DeepClone();
            t["xaxis"] = "x2";
            t["yaxis"] = "y2";
            if ((string?)t["name"] is { } name)
            {
                t["legendgroup"] ??= name;
                if (leftNames.Contains(name)) t["showlegend"] = false;
            }
            if (t["type"]?.GetValue<string>() == "contour" && t["showscale"] is null) t["showscale"] = false;
            data.Add(t);
        }
        l["data"] = data;

        var xaxis = (JsonObject)(layout["xaxis"] ?? new JsonObject());
        xaxis["domain"] = new JsonArray(leftDomain.Item1, leftDomain.Item2);
        layout["xaxis"] = xaxis;
        var x2 = (JsonObject)(rightLayout["xaxis"]?.DeepClone() ?? new JsonObject());
        x2["domain"] = new JsonArray(rightDomain.Item1, rightDomain.Item2);
        x2["anchor"] = "y2";
        var y2 = (JsonObject)(rightLayout["yaxis"]?.DeepClone() ?? new JsonObject());
        y2["anchor"] = "x2";
        if (y2["scaleanchor"] is not null) y2["scaleanchor"] = "x2";
        layout["xaxis2"] = x2;
        layout["yaxis2"] = y2;

        layout["annotations"] = new JsonArray(
            Moved(layout["annotations"], leftDomain, toSecond: false).Concat(Moved(rightLayout["annotations"], rightDomain, toSecond: true)).ToArray());
        layout["shapes"] = new JsonArray(
            Moved(layout["shapes"], leftDomain, toSecond: false).Concat(Moved(rightLayout["shapes"], rightDomain, toSecond: true)).ToArray());

        if (title is not null) layout["title"]!["text"] = title;
        int Height(JsonObject x) => (int?)x["height"] ?? 500;
        int Top(JsonObject x) => (int?)x["margin"]?["t"] ?? 50;
        int top = Math.Max(Top(layout), Top(rightLayout));
        layout["height"] = Math.Max(Height(layout) - Top(layout), Height(rightLayout) - Top(rightLayout)) + top;
        layout["margin"] ??= new JsonObject();
        layout["margin"]!["t"] = top;
        return new Figure(l);
    }

    /// <summary>Annotations or shapes of one half: paper x positions squeezed into its domain, data references moved to x2/y2 on the right.</summary>
    private static IEnumerable<JsonNode> Moved(JsonNode? items, (double From, double To) domain, bool toSecond)
    {
        foreach (var item in (items as JsonArray ?? []).OfType<JsonObject>())
        {
            var a = (JsonObject)item.DeepClone();
            foreach (var key in new[] { "x", "x0", "x1" })
                if ((string?)a["xref"] == "paper" && a[key] is JsonValue v && v.TryGetValue<double>(out var px))
                    a[key] = domain.From + px * (domain.To - domain.From);
            if (toSecond)
            {
                foreach (var (key, from, to) in new[] { ("xref", "x", "x2"), ("yref", "y", "y2"), ("axref", "x", "x2"), ("ayref", "y", "y2") })
                    if ((string?)a[key] == from) a[key] = to;
            }
            yield return a;
        }
    }
}

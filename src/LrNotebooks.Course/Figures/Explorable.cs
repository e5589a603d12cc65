using System.Text.Json.Nodes;
using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// Figures with sliders and buttons, computed in advance and drawn by plotly.js alone, so they work the same in
/// VS Code, in Jupyter and on the offline site with no kernel behind them. Give the values to try and a function
/// that draws one of them; every value is run once, the figures are merged into one (traces that every value draws
/// the same, like a contour map, are kept once), and each control step shows exactly the traces, title,
/// annotations and shapes of its own figure.
/// </summary>
/// <example><code>
/// Explorable.Slider("η", [0.1, 0.3, 0.5, 0.7],
///     lr => Plots.Contour(bowl, Descent.Run(bowl, Optimizer.Sgd(lr), [-2.5, 1.5], 40)))
/// </code></example>
public static class Explorable
{
    /// <summary>Height of the band above the plot a slider takes, in pixels.</summary>
    private const int SliderBand = 92;

    /// <summary>Height of the band above the plot a row of buttons takes, in pixels.</summary>
    private const int ButtonBand = 40;

    /// <summary>One slider over <paramref name="values"/>; step k shows <c>draw(values[k])</c>.</summary>
    /// <param name="name">The slider's name, e.g. "η".</param>
    /// <param name="values">The values to precompute, in slider order.</param>
    /// <param name="draw">Draws the figure of one value (usually a run and a <see cref="Plots"/> call).</param>
    /// <param name="label">How a value is written on the slider.</param>
    /// <param name="start">Index of the value shown first.</param>
    /// <param name="background">Traces drawn under every value (e.g. contour levels), computed once.</param>
    public static Figure Slider<T>(string name, IEnumerable<T> values, Func<T, Figure> draw, Func<T, string>? label = null, int start = 0, Figure? background = null) =>
        Of(new Parameter<T>(name, values, label, buttons: false, start), draw, background);

    /// <summary>A row of buttons over <paramref name="values"/>; button k shows <c>draw(values[k])</c>.</summary>
    public static Figure Buttons<T>(string name, IEnumerable<T> values, Func<T, Figure> draw, Func<T, string>? label = null, int start = 0, Figure? background = null) =>
        Of(new Parameter<T>(name, values, label, buttons: true, start), draw, background);

    /// <summary>One control (slider or buttons) over <paramref name="parameter"/>'s values.</summary>
    /// <param name="parameter">The values and how the control shows them.</param>
    /// <param name="draw">Draws the figure of one value.</param>
    /// <param name="background">Traces drawn under every value (e.g. contour levels), computed once.</param>
    public static Figure Of<T>(Parameter<T> parameter, Func<T, Figure> draw, Figure? background = null)
    {
        Guard.NotNull(parameter, nameof(parameter));
        Guard.NotNull(draw, nameof(draw));
        // Each value is an independent run: compute them in parallel, keep the control order.
        var panels = WithBackground(parameter.Values.AsParallel().AsOrdered().Select(v => Guard.NotNull(draw(v), "draw(value)").ToJson()).ToArray(), background);
        var merged = Merge(panels);
        var figure = (JsonObject)panels[parameter.Start].DeepClone();
        figure["data"] = new JsonArray(merged.Select((t, k) => (JsonNode)WithVisible(t.Trace, t.Members.Contains(parameter.Start))).ToArray());
        var steps = panels.Select((panel, p) => new JsonArray(
            new JsonObject { ["visible"] = Mask(merged, m => m.Contains(p)) },
            LayoutUpdate(panel))).ToArray();
        AddControls(figure, [(parameter.Name, parameter.Values.Select(parameter.Label).ToArray(), parameter.Buttons, parameter.Start, steps)]);
        return new Figure(figure);
    }

    /// <summary>
    /// Two controls: the figure of every pair <c>(a, b)</c> is computed; <paramref name="first"/> chooses which
    /// traces are drawn, <paramref name="second"/> which of them are seen (the others are transparent and ignore the
    /// mouse). Only traces, annotations and shapes common to every pair stay in the layout, so anything that depends
    /// on the pair (a status, a stability limit) belongs in a trace, e.g. a text trace.
    /// </summary>
    public static Figure Of<TA, TB>(Parameter<TA> first, Parameter<TB> second, Func<TA, TB, Figure> draw, Figure? background = null)
    {
        Guard.NotNull(first, nameof(first));
        Guard.NotNull(second, nameof(second));
        Guard.NotNull(draw, nameof(draw));
        int nb = second.Values.Count;
        var pairs = first.Values.SelectMany(a => second.Values.Select(b => (a, b))).ToArray();
        var panels = WithBackground(pairs.AsParallel().AsOrdered().Select(p => Guard.NotNull(draw(p.a, p.b), "draw(a, b)").ToJson()).ToArray(), background);
        var common = Merge(panels).Where(m => m.Members.Count == panels.Length).Select(m => m.Trace.ToJsonString()).ToHashSet();
        var traces = new List<(JsonObject Trace, int A, int B)>();
        foreach (var c in Merge(panels).Where(m => m.Members.Count == panels.Length)) traces.Add((c.Trace, -1, -1));
        for (int p = 0; p < panels.Length; p++)
            foreach (var t in ((JsonArray)panels[p]["data"]!).OfType<JsonObject>())
                if (!common.Contains(t.ToJsonString())) traces.Add(((JsonObject)t.DeepClone(), p / nb, p % nb));

        var figure = (JsonObject)panels[first.Start * nb + second.Start].DeepClone();
        var layout = (JsonObject)figure["layout"]!;
        foreach (var key in new[] { "annotations", "shapes" })
        {
            var shared = panels.Select(p => ((p["layout"]?[key] as JsonArray) ?? []).Select(n => n!.ToJsonString()).ToHashSet()).Aggregate((x, y) => { x.IntersectWith(y); return x; });
            if (layout[key] is JsonArray items)
                layout[key] = new JsonArray(items.Where(n => shared.Contains(n!.ToJsonString())).Select(n => n!.DeepClone()).ToArray());
        }
        figure["data"] = new JsonArray(traces.Select(t =>
        {
            var trace = WithVisible(t.Trace, t.A < 0 || t.A == first.Start);
            if (t.B >= 0) Seen(trace, t.B == second.Start);
            return (JsonNode)trace;
        }).ToArray());
        var firstSteps = first.Values.Select((_, a) => new JsonArray(
            new JsonObject { ["visible"] = new JsonArray(traces.Select(t => (JsonNode)(t.A < 0 || t.A == a)).ToArray()) }, new JsonObject())).ToArray();
        var secondSteps = second.Values.Select((_, b) => new JsonArray(SeenUpdate(traces, b), new JsonObject())).ToArray();
        AddControls(figure,
        [
            (first.Name, first.Values.Select(first.Label).ToArray(), first.Buttons, first.Start, firstSteps),
            (second.Name, second.Values.Select(second.Label).ToArray(), second.Buttons, second.Start, secondSteps),
        ]);
        return new Figure(figure);
    }

    /// <summary>
    /// The traces of all panels, identical traces kept once, with the panels that draw each. The merged list keeps
    /// every panel's drawing order (a marker drawn over a path in a panel stays over it).
    /// </summary>
    internal static List<(JsonObject Trace, HashSet<int> Members)> Merge(IReadOnlyList<JsonObject> panels)
    {
        var merged = new List<(JsonObject Trace, HashSet<int> Members, string Key)>();
        for (int p = 0; p < panels.Count; p++)
        {
            int cursor = -1;
            foreach (var trace in ((JsonArray)panels[p]["data"]!).OfType<JsonObject>())
            {
                string key = trace.ToJsonString();
                int found = -1;
                for (int i = cursor + 1; i < merged.Count && found < 0; i++)
                    if (merged[i].Key == key && !merged[i].Members.Contains(p)) found = i;
                if (found >= 0)
                {
                    merged[found].Members.Add(p);
                    cursor = found;
                }
                else
                {
                    merged.Insert(++cursor, ((JsonObject)trace.DeepClone(), [p], key));
                }
            }
        }
        return merged.Select(m => (m.Trace, m.Members)).ToList();
    }

    /// <summary>The background's traces put first in every panel (the merge then keeps one copy, always drawn).</summary>
    private static JsonObject[] WithBackground(JsonObject[] panels, Figure? background)
    {
        if (background is null) return panels;
        var traces = background.Data;
        foreach (var panel in panels)
        {
            var data = (JsonArray)panel["data"]!;
            for (int i = traces.Count - 1; i >= 0; i--) data.Insert(0, traces[i]!.DeepClone());
        }
        return panels;
    }

    private static JsonArray Mask(List<(JsonObject Trace, HashSet<int> Members)> merged, Func<HashSet<int>, bool> shown) =>
        new(merged.Select(m => (JsonNode)shown(m.Members)).ToArray());

    private static JsonObject WithVisible(JsonObject trace, bool visible)
    {
        var copy = (JsonObject)trace.DeepClone();
        copy["visible"] = visible;
        return copy;
    }

    private static void Seen(JsonObject trace, bool seen)
    {
        double opacity = (double?)trace["opacity"] ?? 1;
        trace["opacity"] = seen ? opacity : 0;
        trace["hoverinfo"] = seen ? trace["hoverinfo"]?.DeepClone() ?? "all" : "skip";
        trace["showlegend"] = seen && ((bool?)trace["showlegend"] ?? true);
    }

    private static JsonObject SeenUpdate(List<(JsonObject Trace, int A, int B)> traces, int b)
    {
        JsonArray Of(Func<(JsonObject Trace, int A, int B), JsonNode?> f) => new(traces.Select(f).ToArray());
        return new JsonObject
        {
            ["opacity"] = Of(t => t.B < 0 || t.B == b ? (double?)t.Trace["opacity"] ?? 1 : 0),
            ["hoverinfo"] = Of(t => t.B < 0 || t.B == b ? t.Trace["hoverinfo"]?.DeepClone() ?? "all" : "skip"),
            ["showlegend"] = Of(t => (t.B < 0 || t.B == b) && ((bool?)t.Trace["showlegend"] ?? true)),
        };
    }

    /// <summary>What changes in the layout when a panel is chosen: title, annotations, shapes, fixed axis ranges.</summary>
    private static JsonObject LayoutUpdate(JsonObject panel)
    {
        var layout = panel["layout"] as JsonObject ?? [];
        var update = new JsonObject
        {
            ["title.text"] = layout["title"]?["text"]?.DeepClone() ?? "",
            ["annotations"] = layout["annotations"]?.DeepClone() ?? new JsonArray(),
            ["shapes"] = layout["shapes"]?.DeepClone() ?? new JsonArray(),
        };
        foreach (var (key, axis) in layout)
            if ((key.StartsWith("xaxis", StringComparison.Ordinal) || key.StartsWith("yaxis", StringComparison.Ordinal)) && axis is JsonObject a)
            {
                if (a["range"] is JsonArray range) update[key + ".range"] = range.DeepClone();
                else update[key + ".autorange"] = true;
                if (a["type"] is JsonNode type) update[key + ".type"] = type.DeepClone();
                // A log axis labels the decades of its own panel's data (LogTicks); other axes tick automatically.
                update[key + ".tickmode"] = a["tickmode"]?.DeepClone() ?? "auto";
                update[key + ".tickvals"] = a["tickvals"]?.DeepClone();
                update[key + ".ticktext"] = a["ticktext"]?.DeepClone();
                update[key + ".minor"] = a["minor"]?.DeepClone();
            }
        return update;
    }

    /// <summary>Adds the controls above the plot, under the title, growing the top margin and the height to fit.</summary>
    private static void AddControls(JsonObject figure, IReadOnlyList<(string Name, string[] Labels, bool Buttons, int Start, JsonArray[] Steps)> controls)
    {
        var layout = (JsonObject)figure["layout"]!;
        int height = (int?)layout["height"] ?? 500;
        int top = (int?)layout["margin"]?["t"] ?? 50;
        int bottom = (int?)layout["margin"]?["b"] ?? 40;
        int band = controls.Sum(c => c.Buttons ? ButtonBand : SliderBand);
        // The height and the top margin both grow by the band, so the plot area keeps its height. Paper coordinates:
        // 1 is the top of the plot area; the controls sit in the band above the notes row, under the title.
        int plotHeight = height - top - bottom;
        double Paper(int pixelsAbovePlot) => 1 + (double)pixelsAbovePlot / plotHeight;
        int notes = top - 50;
        int cursor = notes + band;
        var sliders = new JsonArray();
        var menus = new JsonArray();
        foreach (var (name, labels, buttons, start, steps) in controls)
        {
            if (buttons)
            {
                menus.Add(new JsonObject
                {
                    ["type"] = "buttons", ["direction"] = "right", ["showactive"] = true, ["active"] = start,
                    ["x"] = 0, ["xanchor"] = "left", ["y"] = Paper(cursor), ["yanchor"] = "top",
                    ["pad"] = new JsonObject { ["t"] = 4, ["r"] = 4 },
                    ["bgcolor"] = "#F4F4F4", ["bordercolor"] = "#C8C8C8", ["font"] = new JsonObject { ["size"] = 12 },
                    ["buttons"] = new JsonArray(labels.Select((l, k) => (JsonNode)new JsonObject
                    {
                        ["label"] = l, ["method"] = "update", ["args"] = steps[k].DeepClone(),
                    }).ToArray()),
                });
                cursor -= ButtonBand;
            }
            else
            {
                sliders.Add(new JsonObject
                {
                    ["active"] = start, ["x"] = 0, ["xanchor"] = "left", ["len"] = 1, ["y"] = Paper(cursor), ["yanchor"] = "top",
                    ["pad"] = new JsonObject { ["t"] = 2, ["b"] = 2, ["l"] = 0, ["r"] = 0 },
                    ["currentvalue"] = new JsonObject { ["prefix"] = name + " = ", ["xanchor"] = "left", ["font"] = new JsonObject { ["size"] = 13 } },
                    ["font"] = new JsonObject { ["size"] = 11 }, ["ticklen"] = 4,
                    ["steps"] = new JsonArray(labels.Select((l, k) => (JsonNode)new JsonObject
                    {
                        ["label"] = l, ["method"] = "update", ["args"] = steps[k].DeepClone(),
                    }).ToArray()),
                });
                cursor -= SliderBand;
            }
        }
        if (sliders.Count > 0) layout["sliders"] = sliders;
        if (menus.Count > 0) layout["updatemenus"] = menus;
        layout["margin"] ??= new JsonObject();
        layout["margin"]!["t"] = top + band;
        layout["height"] = height + band;
    }
}

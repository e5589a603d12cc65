using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LrNotebooks.Course.Figures;

/// <summary>
/// The text alternative of a Plotly figure, generated from its data so that it can never drift from the
/// picture: what is plotted (title and kind), each axis with its title, scale and the range of the data on
/// it, and what each visible series does (where it starts and ends, its lowest and highest points, how many
/// values a heatmap has and how many cells are empty). Diverged runs keep the "diverged at step k" of their
/// legend entry. The same text is the notebook output's <c>text/plain</c> and the site's figure description.
/// </summary>
public static partial class FigureDescription
{
    /// <summary>At most this many series are described one by one; the rest are counted.</summary>
    public const int MaxSeries = 8;

    /// <summary>Describes <paramref name="figure"/> (a Plotly figure: <c>data</c>, <c>layout</c>) in its current state.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figure"/> has no <c>data</c> array.</exception>
    public static string Describe(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure["data"] is not JsonArray data)
            throw new ArgumentException("A Plotly figure needs a 'data' array of traces.", nameof(figure));
        var layout = figure["layout"] as JsonObject ?? [];
        var traces = data.OfType<JsonObject>().Where(IsVisible).ToList();
        var text = new StringBuilder();
        var title = Title(figure);
        text.Append(title.Length > 0 ? title : "Chart").Append(". ");
        text.Append(Kind(traces)).Append(traces.Count == 1 ? ", 1 series" : $", {traces.Count} series").Append(". ");
        foreach (var axis in new[] { "x", "y" })
        {
            foreach (var id in traces.Select(t => AxisId(t, axis)).Distinct())
                text.Append(DescribeAxis(layout, traces, axis, id));
        }

        // Over a contour or heatmap, lines are paths in the plane, not y as a function of x.
        var paths = traces.Any(t => t["type"]?.ToString() is "contour" or "heatmap");
        foreach (var trace in traces.Take(MaxSeries))
            text.Append(DescribeTrace(trace, layout, paths)).Append(' ');
        if (traces.Count > MaxSeries)
            text.Append($"And {traces.Count - MaxSeries} more series. ");
        var notes = (layout["annotations"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(a => PlainText(a["text"]?.ToString() ?? "")).Where(t => t.Length > 0).Distinct().Take(6).ToList();
        if (notes.Count > 0)
            text.Append("Labels: ").Append(string.Join("; ", notes)).Append('.');
        return text.ToString().Trim();
    }

    /// <summary>The title of <paramref name="figure"/> as plain text (Plotly's bits of HTML removed), or "" when it has none.</summary>
    public static string Title(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return PlainText(TitleOf((figure["layout"] as JsonObject)?["title"]));
    }

    /// <summary>
    /// The description after the command of a slider step or a button (<c>method</c> and <c>args</c> as in
    /// Plotly's <c>layout.sliders[i].steps[j]</c> and <c>layout.updatemenus[i].buttons[j]</c>) is applied to
    /// a copy of <paramref name="figure"/>: <c>update</c>, <c>restyle</c> and <c>relayout</c> are followed;
    /// other methods leave the description of the figure as it is.
    /// </summary>
    public static string DescribeAfter(JsonObject figure, string method, JsonArray? args)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var copy = (JsonObject)figure.DeepClone();
        var data = copy["data"] as JsonArray ?? [];
        var layout = copy["layout"] as JsonObject ?? [];
        copy["layout"] = layout;
        switch (method)
        {
            case "restyle":
                Restyle(data, args?.ElementAtOrDefault(0) as JsonObject, args?.ElementAtOrDefault(1));
                break;
            case "relayout":
                Relayout(layout, args?.ElementAtOrDefault(0) as JsonObject);
                break;
            case "update":
                Restyle(data, args?.ElementAtOrDefault(0) as JsonObject, args?.ElementAtOrDefault(2));
                Relayout(layout, args?.ElementAtOrDefault(1) as JsonObject);
                break;
        }

        return Describe(copy);
    }

    private static void Restyle(JsonArray data, JsonObject? update, JsonNode? indices)
    {
        if (update is null) return;
        var targets = indices switch
        {
            JsonArray list => list.Select(n => (int)n!).ToList(),
            JsonValue one => [(int)one],
            _ => Enumerable.Range(0, data.Count).ToList(),
        };
        foreach (var (path, value) in update)
        {
            for (var k = 0; k < targets.Count; k++)
            {
                if (targets[k] < 0 || targets[k] >= data.Count || data[targets[k]] is not JsonObject trace) continue;
                // An array value gives one entry per target trace (cycled), as in Plotly.restyle.
                var item = value is JsonArray values && values.Count > 0 ? values[k % values.Count] : value;
                SetPath(trace, path, item?.DeepClone());
            }
        }
    }

    private static void Relayout(JsonObject layout, JsonObject? update)
    {
        if (update is null) return;
        foreach (var (path, value) in update)
            SetPath(layout, path, value?.DeepClone());
    }

    private static void SetPath(JsonObject target, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = target;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (node[parts[i]] is not JsonObject next)
            {
                // "title.text" on a title given as a plain string.
                next = node[parts[i]] is JsonValue v && parts[i] == "title" ? new JsonObject { ["text"] = v.ToString() } : [];
                node[parts[i]] = next;
            }

            node = next;
        }

        node[parts[^1]] = value;
    }

    // A trace is seen unless hidden or fully transparent (explorables show a choice of runs by opacity, too).
    private static bool IsVisible(JsonObject trace) =>
        (trace["visible"] is not JsonValue v || (v.TryGetValue<bool>(out var b) ? b : v.ToString() != "legendonly"))
        && !(trace["opacity"] is JsonValue o && o.GetValueKind() == System.Text.Json.JsonValueKind.Number
             && double.Parse(o.ToJsonString(), CultureInfo.InvariantCulture) == 0);

    private static string Kind(IReadOnlyList<JsonObject> traces)
    {
        var kinds = traces.Select(t => (t["type"]?.ToString() ?? "scatter") switch
        {
            "heatmap" or "heatmapgl" => "heatmap",
            "contour" or "histogram2dcontour" => "contour plot",
            "surface" => "3D surface",
            "bar" => "bar chart",
            "histogram" => "histogram",
            "box" => "box plot",
            "scatter" or "scattergl" when !(t["mode"]?.ToString() ?? "lines").Contains("lines", StringComparison.Ordinal) => "scatter plot",
            "scatter" or "scattergl" => "line chart",
            var other => other + " chart",
        }).Distinct().ToList();
        if (kinds.Count == 0) return "Empty chart";
        // A line chart with marker-only traces (start, end, diverged marks) is still a line chart.
        if (kinds.Contains("line chart")) kinds.Remove("scatter plot");
        var kind = string.Join(" and ", kinds);
        return char.ToUpperInvariant(kind[0]) + kind[1..];
    }

    private static string AxisId(JsonObject trace, string axis) => trace[axis + "axis"]?.ToString() ?? axis;

    private static string DescribeAxis(JsonObject layout, IReadOnlyList<JsonObject> traces, string axis, string id)
    {
        var key = axis + "axis" + id[1..];
        var settings = layout[key] as JsonObject ?? [];
        var title = PlainText(TitleOf(settings["title"]));
        var log = settings["type"]?.ToString() == "log";
        var onAxis = traces.Where(t => AxisId(t, axis) == id).ToList();
        var values = onAxis.SelectMany(t => Values(t, axis)).Where(v => double.IsFinite(v) && (!log || v > 0)).ToList();
        var name = id.Length > 1 ? $"{axis} axis {id[1..]}" : $"{axis} axis";
        var text = new StringBuilder(name);
        if (title.Length > 0) text.Append(": ").Append(title);
        if (log) text.Append(", log scale");
        var categories = onAxis.SelectMany(t => t[axis] as JsonArray ?? []).Where(n => n is JsonValue v && v.TryGetValue<string>(out _)).Select(n => n!.ToString()).Distinct().ToList();
        if (categories.Count > 0)
            text.Append(", categories ").Append(string.Join(", ", categories.Take(8))).Append(categories.Count > 8 ? ", ..." : "");
        else if (values.Count > 0)
            text.Append(", ").Append(Number(values.Min())).Append(" to ").Append(Number(values.Max()));
        return text.Append(". ").ToString();
    }

    private static string DescribeTrace(JsonObject trace, JsonObject layout, bool paths)
    {
        var type = trace["type"]?.ToString() ?? "scatter";
        var name = PlainText(trace["name"]?.ToString() ?? "");
        if (name.Length == 0) name = "unnamed series";
        if (type is "heatmap" or "contour" or "heatmapgl" or "surface")
        {
            var cells = (trace["z"] as JsonArray ?? []).OfType<JsonArray>().SelectMany(row => row.Select(Number)).ToList();
            var finite = cells.Where(double.IsFinite).ToList();
            if (finite.Count == 0) return $"{name}: no values.";
            var empty = cells.Count - finite.Count;
            var missing = empty > 0 ? $"; {empty} of {cells.Count} cells have no value" : "";
            return $"{name}: {cells.Count} values from {Number(finite.Min())} to {Number(finite.Max())}{missing}.";
        }

        var x = Values(trace, "x");
        var y = Values(trace, "y");
        var points = Enumerable.Range(0, Math.Min(x.Count, y.Count)).Where(i => double.IsFinite(x[i]) && double.IsFinite(y[i])).Select(i => (X: x[i], Y: y[i])).ToList();
        if (points.Count == 0) return $"{name}: no points.";
        if (points.Count == 1) return $"{name}: at ({Number(points[0].X)}, {Number(points[0].Y)}).";
        var mode = trace["mode"]?.ToString() ?? "lines";
        if (paths && mode.Contains("lines", StringComparison.Ordinal))
            return $"{name}: path of {points.Count} points from ({Number(points[0].X)}, {Number(points[0].Y)}) to ({Number(points[^1].X)}, {Number(points[^1].Y)}).";
        if (type is "bar" or "histogram" || !mode.Contains("lines", StringComparison.Ordinal))
        {
            var what = type is "bar" ? "bars" : "points";
            var xs = points.Select(p => p.X).ToList();
            var low = points.MinBy(p => p.Y);
            var high = points.MaxBy(p => p.Y);
            return $"{name}: {points.Count} {what}, x from {Number(xs.Min())} to {Number(xs.Max())}, y from {Number(low.Y)} (at x = {Number(low.X)}) to {Number(high.Y)} (at x = {Number(high.X)}).";
        }

        var first = points[0];
        var last = points[^1];
        var logY = (layout[$"yaxis{AxisId(trace, "y")[1..]}"] as JsonObject)?["type"]?.ToString() == "log";
        var text = new StringBuilder($"{name}: {Trend(first.Y, last.Y, logY)} {Number(first.Y)} at x = {Number(first.X)} to {Number(last.Y)} at x = {Number(last.X)}");
        var min = points.MinBy(p => p.Y);
        var max = points.MaxBy(p => p.Y);
        if (min != first && min != last) text.Append($", lowest {Number(min.Y)} at x = {Number(min.X)}");
        if (max != first && max != last) text.Append($", highest {Number(max.Y)} at x = {Number(max.X)}");
        if (points.Count < Math.Min(x.Count, y.Count)) text.Append($"; {Math.Min(x.Count, y.Count) - points.Count} points have no value");
        return text.Append('.').ToString();
    }

    // "falls from", "rises from" or "goes from" (ends within 1%, or 1% of a decade on a log axis).
    private static string Trend(double from, double to, bool log)
    {
        var change = log && from > 0 && to > 0 ? Math.Log10(to / from) : (to - from) / Math.Max(Math.Abs(from), Math.Abs(to));
        return Math.Abs(change) <= 0.01 || double.IsNaN(change) ? "goes from" : change < 0 ? "falls from" : "rises from";
    }

    private static List<double> Values(JsonObject trace, string axis)
    {
        if (trace[axis] is JsonArray array) return [.. array.Select(Number)];
        // Plotly draws a trace without x against 0, 1, 2, ...
        if (axis == "x" && trace["y"] is JsonArray y) return [.. Enumerable.Range(0, y.Count).Select(i => (double)i)];
        return [];
    }

    // Parsed and built figures hold numbers as different CLR types: read any JSON number through its text.
    private static double Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;

    private static string Number(double value) =>
        value.ToString("G3", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal).Replace("e+", "e", StringComparison.Ordinal).Replace("e0", "e", StringComparison.Ordinal).Replace("e-0", "e-", StringComparison.Ordinal);

    private static string TitleOf(JsonNode? title) => title switch
    {
        JsonObject o => o["text"]?.ToString() ?? "",
        JsonValue v => v.ToString(),
        _ => "",
    };

    // Plotly titles and labels may carry a little HTML (<b>, <br>, <sub>): the description is plain text.
    private static string PlainText(string html)
    {
        var text = LineBreak().Replace(html, ", ");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        return Whitespace().Replace(text, " ").Trim().TrimEnd('.', ',').Trim();
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

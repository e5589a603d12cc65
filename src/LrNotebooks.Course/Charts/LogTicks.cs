using System.Globalization;
using System.Text.Json.Nodes;

namespace LrNotebooks.Course;

/// <summary>
/// Tick labels for logarithmic axes that a reader can read: every decade labelled (0.01, 0.1, 1, 10, … written out,
/// 10<sup>k</sup> beyond), and never plotly's bare "2 3 4 5" between decades. An axis spanning at most two decades
/// labels 1, 2 and 5 of each decade in full ("0.02", "0.05"); up to eight decades it labels the decades and marks
/// 2 … 9 of each with short unlabelled minor ticks; up to sixteen it labels every decade, beyond that every second
/// (up to 32) or fifth, so the labels of a 500-pixel axis never collide.
/// </summary>
internal static class LogTicks
{
    /// <summary>Sets tick values and texts on every log axis of the figure, from the data drawn on it (or its fixed range).</summary>
    public static void Apply(JsonObject figure)
    {
        if (figure["layout"] is not JsonObject layout) return;
        foreach (var (key, node) in layout.ToArray())
        {
            if (node is not JsonObject axis || (string?)axis["type"] != "log") continue;
            bool isX = key.StartsWith("xaxis", StringComparison.Ordinal);
            if (!isX && !key.StartsWith("yaxis", StringComparison.Ordinal)) continue;
            string reference = (isX ? "x" : "y") + key[5..];
            var (min, max) = Extent(figure, axis, reference, isX ? "x" : "y");
            if (!(min > 0 && max >= min)) continue;
            Set(axis, min, max);
        }
    }

    /// <summary>The ticks of an axis showing [min, max] (both &gt; 0).</summary>
    internal static void Set(JsonObject axis, double min, double max)
    {
        int lo = (int)Math.Floor(Math.Log10(min) + 1e-9), hi = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        // Doubles end at 1.8e308: no tick beyond it.
        hi = Math.Min(hi, 308);
        lo = Math.Min(Math.Max(lo, -323), hi - 1);
        if (hi == lo) hi++;
        int span = hi - lo;
        var values = new List<double>();
        var texts = new List<string>();
        if (span <= 2)
        {
            for (int k = lo; k <= hi; k++)
                foreach (var m in new[] { 1.0, 2, 5 })
                {
                    double v = m * Math.Pow(10, k);
                    if (k == hi && m > 1) break;
                    values.Add(v);
                    texts.Add(Text(m, k));
                }
        }
        else
        {
            int every = span <= 16 ? 1 : span <= 32 ? 2 : 5;
            for (int k = lo; k <= hi; k++)
            {
                values.Add(Math.Pow(10, k));
                texts.Add(((k % every) + every) % every == 0 ? NumberText.PowerOfTen(k) : "");
            }
        }
        axis["tickmode"] = "array";
        var finite = values.Select((v, i) => (v, i)).Where(p => double.IsFinite(p.v) && p.v > 0).ToArray();
        axis["tickvals"] = new JsonArray(finite.Select(p => (JsonNode)p.v).ToArray());
        axis["ticktext"] = new JsonArray(finite.Select(p => (JsonNode)texts[p.i]).ToArray());
        if (span is > 2 and <= 8)
            axis["minor"] = new JsonObject
            {
                ["tickmode"] = "array",
                ["tickvals"] = new JsonArray(Enumerable.Range(lo, span).SelectMany(k => Enumerable.Range(2, 8).Select(m => m * Math.Pow(10, k))).Where(v => double.IsFinite(v) && v > 0).Select(v => (JsonNode)v).ToArray()),
                ["ticks"] = "outside", ["ticklen"] = 3, ["tickcolor"] = "#9A9A9A", ["showgrid"] = false,
            };
        else axis.Remove("minor");
    }

    /// <summary>m × 10^k as a label: written out from 0.001 to 1000, "2×10<sup>−5</sup>" beyond.</summary>
    private static string Text(double m, int k) =>
        k is >= -3 and <= 3
            ? (m * Math.Pow(10, k)).ToString("0.#########", CultureInfo.InvariantCulture)
            : m == 1 ? NumberText.PowerOfTen(k) : $"{m.ToString(CultureInfo.InvariantCulture)}×10<sup>{k.ToString(CultureInfo.InvariantCulture)}</sup>";

    /// <summary>The smallest and largest positive value drawn on the axis: its fixed range if it has one, else the data.</summary>
    private static (double Min, double Max) Extent(JsonObject figure, JsonObject axis, string reference, string coordinate)
    {
        if (axis["range"] is JsonArray { Count: 2 } range && range[0] is JsonValue a && range[1] is JsonValue b
            && a.TryGetValue<double>(out var r0) && b.TryGetValue<double>(out var r1))
            return (Math.Pow(10, Math.Min(r0, r1)), Math.Pow(10, Math.Max(r0, r1)));
        double min = double.PositiveInfinity, max = 0;
        foreach (var trace in (figure["data"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (((string?)trace[coordinate + "axis"] ?? coordinate) != reference) continue;
            if (trace[coordinate] is not JsonArray values) continue;
            foreach (var v in values)
                if (v is JsonValue value && value.TryGetValue<double>(out var d) && double.IsFinite(d) && d > 0)
                {
                    min = Math.Min(min, d);
                    max = Math.Max(max, d);
                }
        }
        return (min, max);
    }
}

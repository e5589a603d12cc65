using System.Text.Json;
using System.Text.RegularExpressions;

namespace LrNotebooks.Course.Tests;

/// <summary>The plotly.js figure of a chart, parsed strictly (a NaN or Infinity token fails the parse).</summary>
internal sealed partial class ChartJson
{
    public ChartJson(Figure chart)
    {
        Text = chart.ToJsonString();
        Assert.DoesNotMatch(NonFinite(), Text);
        Root = JsonDocument.Parse(Text).RootElement;
    }

    public string Text { get; }

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => Root.GetProperty("data").EnumerateArray().ToList();

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public string AxisType(string axis) => Layout.GetProperty(axis).GetProperty("type").GetString()!;

    public IReadOnlyList<string> Names => Traces.Where(t => t.TryGetProperty("name", out _)).Select(t => t.GetProperty("name").GetString()!).ToList();

    public JsonElement Trace(string name) => Traces.Single(t => t.TryGetProperty("name", out var n) && n.GetString() == name);

    public IReadOnlyList<JsonElement> TracesOfType(string type) => Traces.Where(t => t.GetProperty("type").GetString() == type).ToList();

    public IReadOnlyList<string> AnnotationTexts => Layout.TryGetProperty("annotations", out var a)
        ? a.EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToList() : [];

    public IReadOnlyList<JsonElement> Shapes => Layout.TryGetProperty("shapes", out var s) ? s.EnumerateArray().ToList() : [];

    /// <summary>A numeric array with nulls (gaps) as null.</summary>
    public static double?[] Numbers(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray();

    public static string? Str(JsonElement e, string property) => e.TryGetProperty(property, out var v) ? v.GetString() : null;

    [GeneratedRegex(@"[:\[,]\s*-?(NaN|Infinity)")]
    private static partial Regex NonFinite();
}

using DynamicObj;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace LrNotebooks.Course;

/// <summary>
/// Small factories for Plotly.NET's typed objects, filled by plotly.js attribute name. Using the typed objects
/// (not dictionaries) keeps the charts composable with Plotly.NET's own <c>Chart.with...</c> functions.
/// </summary>
internal static class PlotlyObjects
{
    /// <summary>Sets a plotly.js attribute and returns the object for chaining.</summary>
    public static T Set<T>(this T obj, string name, object? value) where T : DynamicObj.DynamicObj
    {
        if (value is not null) obj.SetProperty(name, value);
        return obj;
    }

    public static Title Title(string text, int? size = null) =>
        new Title().Set("text", text).Set("font", size is int s ? Font(s) : null);

    public static Font Font(int size, string? color = null) =>
        new Font().Set("size", size).Set("color", color);

    public static Line Line(string color, double width, string dash = "solid", string? shape = null) =>
        new Line().Set("color", color).Set("width", width).Set("dash", dash).Set("shape", shape);

    public static Plotly.NET.TraceObjects.Marker Marker(string color, int size, string symbol = "circle", string? outline = null) =>
        new Plotly.NET.TraceObjects.Marker()
            .Set("color", color).Set("size", size).Set("symbol", symbol)
            .Set("line", outline is null ? null : new Line().Set("color", outline).Set("width", 1.5));

    /// <summary>A scatter trace; <paramref name="name"/> is plain text (escaped here, once, for every chart).</summary>
    public static Trace Scatter(string name, IReadOnlyList<double?> x, IReadOnlyList<double?> y, string mode) =>
        new Trace2D("scatter").Set("name", PlotText.Plain(name)).Set("x", x).Set("y", y).Set("mode", mode);

    /// <summary>An annotation with an arrow; <paramref name="text"/> must already be escaped (see <see cref="PlotText"/>).</summary>
    public static Annotation Annotation(double x, double y, string text, string color) =>
        new Annotation()
            .Set("x", x).Set("y", y).Set("xref", "x").Set("yref", "y").Set("text", text)
            .Set("showarrow", true).Set("arrowhead", 2).Set("arrowsize", 1).Set("arrowwidth", 1.2)
            .Set("arrowcolor", color).Set("ax", 28).Set("ay", -28)
            .Set("font", Font(12, color)).Set("bgcolor", "rgba(255,255,255,0.85)");
}

using Plotly.NET;

namespace LrNotebooks.Course;

/// <summary>The few trace shapes every chart is made of, in the shared style.</summary>
internal static class Traces
{
    /// <summary>Runs with at most this many points also show a dot per step, so single steps can be counted.</summary>
    public const int MarkerLimit = 60;

    public static Trace Line(string name, IReadOnlyList<double?> x, IReadOnlyList<double?> y, string color,
        string dash = "solid", double width = 2.2, bool markers = false, string? shape = null, string symbol = "circle")
    {
        var trace = PlotlyObjects.Scatter(name, x, y, markers ? "lines+markers" : "lines")
            .Set("line", PlotlyObjects.Line(color, width, dash, shape))
            .Set("connectgaps", false);
        if (markers) trace.Set("marker", PlotlyObjects.Marker(color, 5, symbol));
        return trace;
    }

    public static Trace Points(string name, IReadOnlyList<double?> x, IReadOnlyList<double?> y, string color,
        string symbol, int size, bool showLegend = true, string? outline = null)
    {
        return PlotlyObjects.Scatter(name, x, y, "markers")
            .Set("marker", PlotlyObjects.Marker(color, size, symbol, outline))
            .Set("showlegend", showLegend);
    }

    /// <summary>Adds hover text: <paramref name="customData"/> rows are referenced as %{customdata[i]} in the template.</summary>
    public static Trace Hover(this Trace trace, string template, object? customData = null) =>
        trace.Set("hovertemplate", template).Set("customdata", customData);

    public static Trace Group(this Trace trace, string group) => trace.Set("legendgroup", group);

    /// <summary>Finite values as drawable coordinates; anything else becomes a gap (null).</summary>
    public static double?[] Finite(IEnumerable<double> values) =>
        values.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray();

    /// <summary>0, 1, ..., count - 1 as coordinates.</summary>
    public static double?[] Steps(int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i => (double?)i).ToArray();
}

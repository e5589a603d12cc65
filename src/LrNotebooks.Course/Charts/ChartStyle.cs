using Microsoft.FSharp.Collections;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace LrNotebooks.Course;

/// <summary>
/// The shared look of every chart: white background, light grid, one font, title top-left, legend on the right,
/// a fixed height and the full width of the notebook. Charts are assembled from plotly.js attributes on Plotly.NET's
/// typed objects, so <c>Plotly.NET.Chart.withTitle</c> and friends still work on the result.
/// </summary>
internal static class ChartStyle
{
    public const int Height = 500;
    public const string FontFamily = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
    private const string Grid = "#E6E6E6";
    private const string AxisLine = "#9A9A9A";
    private const string Text = "#222222";

    public static LinearAxis AxisObject(Axis axis)
    {
        var a = new LinearAxis()
            .Set("title", PlotlyObjects.Title(axis.Title, 14))
            .Set("type", axis.Category ? "category" : axis.Log ? "log" : "linear")
            .Set("showgrid", true).Set("gridcolor", Grid).Set("zeroline", false)
            .Set("showline", true).Set("linecolor", AxisLine).Set("mirror", false)
            .Set("ticks", "outside").Set("tickcolor", AxisLine).Set("automargin", true)
            .Set("tickformat", axis.TickFormat)
            .Set("exponentformat", "power");
        if (axis.Range is (double min, double max))
            a.Set("range", axis.Log ? new[] { Math.Log10(min), Math.Log10(max) } : new[] { min, max });
        return a;
    }

    public static Layout Layout(string title, Axis x, Axis y, int height, int top)
    {
        // Pinned to the top edge: the top margin grows with the rows of labels and notes above the plot, and a
        // title centred in that margin would land on them.
        var titleObject = PlotlyObjects.Title(title, 17).Set("x", 0.01).Set("xanchor", "left")
            .Set("yref", "container").Set("y", 1).Set("yanchor", "top").Set("pad", new Padding().Set("t", 14));
        return new Layout()
            .Set("title", titleObject)
            .Set("xaxis", AxisObject(x))
            .Set("yaxis", AxisObject(y))
            .Set("height", height)
            .Set("autosize", true)
            .Set("font", new Font().Set("family", FontFamily).Set("size", 13).Set("color", Text))
            .Set("paper_bgcolor", "white").Set("plot_bgcolor", "white")
            .Set("margin", new Margin().Set("l", 70).Set("r", 30).Set("t", top).Set("b", 40))
            // Legend under the plot, left-aligned: the plot keeps the notebook's full width and long run labels wrap.
            .Set("legend", new Legend().Set("orientation", "h").Set("x", 0).Set("xanchor", "left")
                .Set("y", -0.16).Set("yanchor", "top").Set("font", PlotlyObjects.Font(12)))
            // Also for a single run: its legend entry is where its label (and "diverged at step k") is read.
            .Set("showlegend", true)
            .Set("hovermode", "closest")
            .Set("hoverlabel", new Hoverlabel().Set("font", new Font().Set("family", FontFamily).Set("size", 12)));
    }

    public static Config Config() =>
        new Config().Set("responsive", true).Set("displaylogo", false)
            .Set("modeBarButtonsToRemove", new[] { "select2d", "lasso2d" });

    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.NewMultiChart(ListModule.OfSeq(traces), layout, Config(), new DisplayOptions());
}
